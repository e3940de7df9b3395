import { t } from '@/utils/i18n';
import { splitDuration } from '@/utils/ledger/due-groups';

/** `2 天 3 小时`, `1 小时 30 分` or `5 分钟`. */
export function durationText(ms: number): string {
  const { days, hours, minutes } = splitDuration(ms);
  if (days > 0) return t('durationDaysHours', days, hours);
  if (hours > 0) return t('durationHoursMinutes', hours, minutes);
  return t('durationMinutes', minutes);
}
