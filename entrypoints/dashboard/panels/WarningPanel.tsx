import { useEffect, useMemo, useState } from 'preact/hooks';
import { useSettings } from '@/components/use-settings';
import { OfficePublishedNote } from '@/components/OfficePublishedNote';
import { DEFAULT_WARNING_LISTS } from '@/utils/warning/defaults';
import { t, type MessageKey } from '@/utils/i18n';
import { MatchPreview } from './topics/MatchPreview';
import { WarningListEditor } from './warning/WarningListEditor';
import { PeriodEditor } from './warning/PeriodEditor';
import { applyWarningForm, formLists, newList, newPeriod, RAISED_LEVELS, warningForm, type LevelSlaForm, type WarningForm } from './warning/warning-form';

function NumberField({ name, label, value, onInput }: { name: string; label: MessageKey; value: string; onInput(v: string): void }) {
  return (
    <label class="fw-field">
      <span>{t(label)}</span>
      <input type="number" name={name} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  );
}

const replaceAt = <T,>(items: T[], i: number, item: T) => items.map((x, j) => (j === i ? item : x));
const removeAt = <T,>(items: T[], i: number) => items.filter((_, j) => j !== i);

/** 舆情预警: warning word lists, the 关注 threshold, deadlines per level, sensitive periods, 热点. */
export function WarningPanel() {
  const { settings, save, status } = useSettings();
  const [form, setForm] = useState<WarningForm | null>(null);
  const stored = settings ? JSON.stringify([settings.warning, settings.sla.perLevel]) : null;
  // Keyed by content: the echo of our own save arriving from storage must not wipe what is typed since.
  useEffect(() => setForm(settings ? warningForm(settings) : null), [stored]);
  // Compiled again only when the lists change, not on every field typed.
  const previewLists = useMemo(() => (form ? formLists(form) : []), [form?.lists]);
  if (!settings || !form) return null;
  const set = (patch: Partial<WarningForm>) => setForm({ ...form, ...patch });
  const setLevel = (level: keyof WarningForm['perLevel'], patch: Partial<LevelSlaForm>) =>
    set({ perLevel: { ...form.perLevel, [level]: { ...form.perLevel[level], ...patch } } });
  const result = applyWarningForm(settings, form);
  const dirty = result.settings !== null && JSON.stringify([result.settings.warning, result.settings.sla.perLevel]) !== stored;
  return (
    <section data-fw-warning-settings>
      <h1>{t('navWarning')}</h1>
      <OfficePublishedNote />
      <p>{t('warnHelp')}</p>
      <MatchPreview topics={settings.topics} warning={{ lists: previewLists, watchThreshold: Number(form.watchThreshold) }} />

      <h2>{t('warnLists')}</h2>
      {form.lists.map((list, i) => (
        <WarningListEditor key={list.id} list={list} onChange={(l) => set({ lists: replaceAt(form.lists, i, l) })} onRemove={() => set({ lists: removeAt(form.lists, i) })} />
      ))}
      <div class="fw-toolbar">
        <button type="button" data-fw-action="warning-add-list" onClick={() => set({ lists: [...form.lists, newList()] })}>{t('warnAddList')}</button>
        <button type="button" onClick={() => set({ lists: warningForm({ ...settings, warning: { ...settings.warning, lists: DEFAULT_WARNING_LISTS } }).lists })}>
          {t('warnRestoreLists')}
        </button>
      </div>
      <NumberField name="watchThreshold" label="warnFieldThreshold" value={form.watchThreshold} onInput={(v) => set({ watchThreshold: v })} />
      <label class="fw-check">
        <input type="checkbox" name="notifyUrgent" checked={form.notifyUrgent} onChange={(e) => set({ notifyUrgent: e.currentTarget.checked })} />
        {t('warnNotifyUrgent')}
      </label>

      <h2>{t('warnDeadlines')}</h2>
      <p>{t('warnDeadlinesHelp')}</p>
      <table class="fw-table fw-form-table">
        <thead>
          <tr>
            <th>{t('warnFieldLevel')}</th>
            <th>{t('warnFieldFirstResponse')}</th>
            <th>{t('warnFieldEscalation')}</th>
          </tr>
        </thead>
        <tbody>
          {RAISED_LEVELS.map((level) => (
            <tr key={level} data-fw-level-sla={level}>
              <td>{t(level === 'urgent' ? 'entryLevelUrgent' : 'entryLevelWatch')}</td>
              <td>
                <input name="firstResponseHours" placeholder={t('warnByTopic')} value={form.perLevel[level].firstResponseHours} onInput={(e) => setLevel(level, { firstResponseHours: e.currentTarget.value })} />
              </td>
              <td>
                <input name="escalationDays" placeholder={t('warnByTopic')} value={form.perLevel[level].escalationDays} onInput={(e) => setLevel(level, { escalationDays: e.currentTarget.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('warnPeriods')}</h2>
      <p>{t('warnPeriodsHelp')}</p>
      {form.periods.map((period, i) => (
        <PeriodEditor key={period.id} period={period} onChange={(p) => set({ periods: replaceAt(form.periods, i, p) })} onRemove={() => set({ periods: removeAt(form.periods, i) })} />
      ))}
      <div class="fw-toolbar">
        <button type="button" data-fw-action="warning-add-period" onClick={() => set({ periods: [...form.periods, newPeriod()] })}>{t('warnAddPeriod')}</button>
      </div>

      <h2>{t('warnHot')}</h2>
      <p>{t('warnHotHelp')}</p>
      <div class="fw-toolbar">
        <NumberField name="hotMinEntries" label="warnFieldHotEntries" value={form.hotMinEntries} onInput={(v) => set({ hotMinEntries: v })} />
        <NumberField name="hotDays" label="warnFieldHotDays" value={form.hotDays} onInput={(v) => set({ hotDays: v })} />
      </div>

      <div class="fw-toolbar">
        <button type="button" data-fw-save disabled={!dirty} onClick={() => result.settings && void save(result.settings)}>{t('save')}</button>
        {status && !dirty && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
      {result.problems.length > 0 && (
        <ul class="fw-error" data-fw-problems>
          {result.problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
    </section>
  );
}
