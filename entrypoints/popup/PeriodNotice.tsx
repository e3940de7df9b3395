import type { SensitivePeriod } from '@/utils/settings/types';
import type { WorkCalendar } from '@/utils/deadline/calendar';
import { activePeriods, periodEffects } from '@/utils/warning/periods';
import { dayKey } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';

/** 「敏感时期：全国两会（03-01 至 03-15）· 关注门槛 1 · 加巡 11:00、16:30」 while any period is active today. */
export function PeriodNotice({ periods, calendar, now }: { periods: readonly SensitivePeriod[]; calendar: WorkCalendar; now: Date }) {
  const day = dayKey(now);
  const active = activePeriods(periods, day, calendar);
  if (active.length === 0) return null;
  const effects = periodEffects(active);
  const named = active.map((p) => (p.holidays ? t('periodHoliday', p.name, calendar.holidayName(day) ?? '') : t('periodRange', p.name, p.from, p.to)));
  const parts = [
    t('periodNotice', named.join('、')),
    effects.watchThreshold !== null && (effects.watchThreshold === 0 ? t('periodThresholdAll') : t('periodThreshold', effects.watchThreshold)),
    effects.firstResponseHours !== null && t('periodFirstResponse', effects.firstResponseHours),
    effects.patrolTimes.length > 0 && t('periodPatrol', effects.patrolTimes.join('、')),
  ];
  return (
    <p class="fw-warning" data-fw-period={active.map((p) => p.id).join(',')}>
      {parts.filter(Boolean).join(' · ')}
    </p>
  );
}
