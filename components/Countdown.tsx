import { t } from '@/utils/i18n';
import { splitDuration } from '@/utils/ledger/due-groups';

function durationText(ms: number): string {
  const { days, hours, minutes } = splitDuration(ms);
  if (days > 0) return t('durationDaysHours', days, hours);
  if (hours > 0) return t('durationHoursMinutes', hours, minutes);
  return t('durationMinutes', minutes);
}

export function Countdown({ dueAt, now }: { dueAt: string | null; now: Date }) {
  if (!dueAt) return <span class="fw-countdown">{t('noDue')}</span>;
  const left = new Date(dueAt).getTime() - now.getTime();
  return left >= 0 ? (
    <span class="fw-countdown">{t('dueIn', durationText(left))}</span>
  ) : (
    <span class="fw-countdown fw-overdue">{t('overdueBy', durationText(left))}</span>
  );
}
