import { t, type MessageKey } from '@/utils/i18n';
import type { PeriodChoice, PeriodKind } from './period-choice';

const KINDS: { kind: PeriodKind; label: MessageKey }[] = [
  { kind: 'thisMonth', label: 'statsThisMonth' },
  { kind: 'lastMonth', label: 'statsLastMonth' },
  { kind: 'thisYear', label: 'statsThisYear' },
  { kind: 'custom', label: 'statsCustom' },
];

export function PeriodPicker({ choice, onChange }: { choice: PeriodChoice; onChange(next: PeriodChoice): void }) {
  return (
    <>
      <select data-fw-period aria-label={t('statsPeriod')} value={choice.kind} onChange={(e) => onChange({ ...choice, kind: e.currentTarget.value as PeriodKind })}>
        {KINDS.map((k) => <option key={k.kind} value={k.kind}>{t(k.label)}</option>)}
      </select>
      {choice.kind === 'custom' && (
        <>
          <input type="date" data-fw-period-from aria-label={t('statsFrom')} value={choice.fromDay} onChange={(e) => onChange({ ...choice, fromDay: e.currentTarget.value })} />
          <input type="date" data-fw-period-to aria-label={t('statsTo')} value={choice.toDay} onChange={(e) => onChange({ ...choice, toDay: e.currentTarget.value })} />
        </>
      )}
    </>
  );
}
