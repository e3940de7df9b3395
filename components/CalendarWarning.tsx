import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

/** "No holiday data for 2027", with the one-click remedy the page offers as children. */
export function CalendarWarning({ years, class: className, children }: { years: number[]; class: string; children: ComponentChildren }) {
  if (years.length === 0) return null;
  return (
    <p class={className} data-fw-calendar-warning>
      {t('calendarMissing', years.join('、'))} {children}
    </p>
  );
}
