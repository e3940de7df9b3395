import { t, type MessageKey } from '@/utils/i18n';
import type { PeriodForm } from './warning-form';

type TextField = 'name' | 'from' | 'to' | 'patrolTimes' | 'watchThreshold' | 'firstResponseHours';

/** One sensitive period: its dates (or the calendar's public holidays) and what it changes while active. */
export function PeriodEditor({ period, onChange, onRemove }: { period: PeriodForm; onChange(p: PeriodForm): void; onRemove(): void }) {
  const text = (field: TextField, label: MessageKey, placeholder?: string) => (
    <label class="fw-field">
      <span>{t(label)}</span>
      <input name={field} placeholder={placeholder} value={period[field]} onInput={(e) => onChange({ ...period, [field]: e.currentTarget.value })} />
    </label>
  );
  return (
    <fieldset class="fw-topic" data-fw-period-editor={period.id}>
      <div class="fw-toolbar">
        {text('name', 'warnFieldName')}
        <label class="fw-check">
          <input type="checkbox" name="holidays" checked={period.holidays} onChange={(e) => onChange({ ...period, holidays: e.currentTarget.checked })} />
          {t('warnPeriodHolidays')}
        </label>
        {!period.holidays && text('from', 'warnFieldFrom', 'MM-DD / YYYY-MM-DD')}
        {!period.holidays && text('to', 'warnFieldTo', 'MM-DD / YYYY-MM-DD')}
        <button type="button" onClick={onRemove}>{t('remove')}</button>
      </div>
      <div class="fw-toolbar">
        {text('patrolTimes', 'warnFieldPatrol')}
        {text('watchThreshold', 'warnFieldPeriodThreshold', t('warnUsual'))}
        {text('firstResponseHours', 'warnFieldFirstResponse', t('warnUsual'))}
      </div>
    </fieldset>
  );
}
