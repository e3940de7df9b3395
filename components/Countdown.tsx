import { t } from '@/utils/i18n';
import { durationText } from './duration-text';

export function Countdown({ dueAt, now }: { dueAt: string | null; now: Date }) {
  if (!dueAt) return <span class="fw-countdown">{t('noDue')}</span>;
  const left = new Date(dueAt).getTime() - now.getTime();
  return left >= 0 ? (
    <span class="fw-countdown">{t('dueIn', durationText(left))}</span>
  ) : (
    <span class="fw-countdown fw-overdue">{t('overdueBy', durationText(left))}</span>
  );
}
