import { useEffect, useRef, useState } from 'preact/hooks';
import type { Topic } from '@/utils/settings/types';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { useSettings } from '@/components/use-settings';
import { useLoadedCalendar } from '@/components/use-loaded-calendar';
import { CalendarWarning } from '@/components/CalendarWarning';
import { RefreshButton } from '@/components/RefreshButton';
import { t } from '@/utils/i18n';
import { addDayProblem, applyForm, formFromSettings, type CalendarForm, type Choice, type TopicSlaForm } from './calendar-form';
import { HolidayDataSection } from './calendar/HolidayDataSection';
import { DuePreview } from './calendar/DuePreview';
import './calendar-panel.css';
import { OfficePublishedNote } from '@/components/OfficePublishedNote';

type DayList = 'extraHolidays' | 'extraWorkdays';

function DayListEditor({ form, list, title, onChange }: { form: CalendarForm; list: DayList; title: string; onChange(days: string[]): void }) {
  const [day, setDay] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  function add() {
    const bad = addDayProblem(form, day.trim(), list);
    setProblem(bad);
    if (bad) return;
    onChange([...form[list], day.trim()].sort());
    setDay('');
  }
  return (
    <fieldset class="fw-days" data-fw-days={list}>
      <legend>{title}</legend>
      <div class="fw-toolbar">
        <input type="date" aria-label={title} value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        <button type="button" data-fw-add-day={list} onClick={add}>
          {t('calAdd')}
        </button>
      </div>
      {problem && <p class="fw-error">{problem}</p>}
      <ul>
        {form[list].map((d) => (
          <li key={d} data-fw-day={d}>
            {d}{' '}
            <button type="button" onClick={() => onChange(form[list].filter((x) => x !== d))}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ChoiceSelect({ value, onChange }: { value: Choice; onChange(v: Choice): void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value as Choice)}>
      <option value="">{t('calInherit')}</option>
      <option value="yes">{t('calYes')}</option>
      <option value="no">{t('calNo')}</option>
    </select>
  );
}

function TopicRow({ topic, value, onChange }: { topic: Topic; value: TopicSlaForm; onChange(v: TopicSlaForm): void }) {
  const text = (field: 'cutoff' | 'firstResponseHours' | 'escalationDays') => (
    <input placeholder={t('calInherit')} value={value[field]} onInput={(e) => onChange({ ...value, [field]: e.currentTarget.value })} />
  );
  return (
    <tr data-fw-topic-sla={topic.id}>
      <td>{topic.name}</td>
      <td>{text('cutoff')}</td>
      <td>{text('firstResponseHours')}</td>
      <td>{text('escalationDays')}</td>
      <td>
        <ChoiceSelect value={value.restartOnFollowUp} onChange={(v) => onChange({ ...value, restartOnFollowUp: v })} />
      </td>
      <td>
        <ChoiceSelect value={value.requireApproval} onChange={(v) => onChange({ ...value, requireApproval: v })} />
      </td>
    </tr>
  );
}

function Field({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <label class="fw-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** 日历与时限: calendar overrides, working hours, reply deadlines (default and per topic), reminders. */
export function CalendarPanel() {
  const { settings, save, status } = useSettings();
  const { ready, loaded, refresh } = useLoadedCalendar();
  const fileInput = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState<CalendarForm | null>(null);
  useEffect(() => setForm(settings ? formFromSettings(settings) : null), [settings]);
  if (!settings || !form) return null;

  const set = (patch: Partial<CalendarForm>) => setForm({ ...form, ...patch });
  const result = applyForm(settings, form);
  const missingYears = ready ? new WorkCalendar(settings.calendar, loaded?.data ?? null).missingYears(new Date()) : [];

  return (
    <section class="fw-calendar">
      <h1>{t('navCalendar')}</h1>
      <OfficePublishedNote />
      <CalendarWarning years={missingYears} class="fw-error">
        <button type="button" data-fw-action="calendar-load" onClick={() => fileInput.current?.click()}>
          {t('calDataFile')}
        </button>
        {refresh.address && <RefreshButton address={refresh.address} />}
      </CalendarWarning>
      <p>{t('calHelp')}</p>
      <HolidayDataSection loaded={loaded} refresh={refresh} fileInput={fileInput} />
      <div class="fw-days-pair">
        <DayListEditor form={form} list="extraHolidays" title={t('calHolidays')} onChange={(days) => set({ extraHolidays: days })} />
        <DayListEditor form={form} list="extraWorkdays" title={t('calWorkdays')} onChange={(days) => set({ extraWorkdays: days })} />
      </div>

      <h2>{t('calWorkingHours')}</h2>
      <div class="fw-toolbar">
        <Field label={t('calFrom')}>
          <input type="time" name="start" value={form.start} onInput={(e) => set({ start: e.currentTarget.value })} />
        </Field>
        <Field label={t('calTo')}>
          <input type="time" name="end" value={form.end} onInput={(e) => set({ end: e.currentTarget.value })} />
        </Field>
      </div>

      <h2>{t('calDefaultSla')}</h2>
      <Field label={t('calCutoff')}>
        <input type="time" name="cutoff" value={form.cutoff} onInput={(e) => set({ cutoff: e.currentTarget.value })} />
      </Field>
      <Field label={t('calFirstResponse')}>
        <input type="number" min={0} name="firstResponseHours" value={form.firstResponseHours} onInput={(e) => set({ firstResponseHours: e.currentTarget.value })} />
      </Field>
      <Field label={t('calEscalationDays')}>
        <input type="number" min={1} name="escalationDays" value={form.escalationDays} onInput={(e) => set({ escalationDays: e.currentTarget.value })} />
      </Field>
      <label class="fw-check">
        <input type="checkbox" name="restartOnFollowUp" checked={form.restartOnFollowUp} onChange={(e) => set({ restartOnFollowUp: e.currentTarget.checked })} />
        {t('calRestart')}
      </label>
      <label class="fw-check">
        <input type="checkbox" name="requireApproval" checked={form.requireApproval} onChange={(e) => set({ requireApproval: e.currentTarget.checked })} />
        {t('calRequireApproval')}
      </label>
      <DuePreview settings={result.settings ?? settings} loaded={loaded?.data ?? null} />

      <h2>{t('calPerTopic')}</h2>
      <table class="fw-table fw-form-table">
        <thead>
          <tr>
            <th>{t('topicName')}</th>
            <th>{t('calFieldCutoff')}</th>
            <th>{t('calFieldFirstResponse')}</th>
            <th>{t('calFieldEscalationDays')}</th>
            <th>{t('calRestart')}</th>
            <th>{t('calRequireApproval')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.topics.map((topic) => {
            const value = form.perTopic[topic.id];
            return value ? (
              <TopicRow key={topic.id} topic={topic} value={value} onChange={(v) => set({ perTopic: { ...form.perTopic, [topic.id]: v } })} />
            ) : null;
          })}
        </tbody>
      </table>

      <h2>{t('calReminders')}</h2>
      <Field label={t('calLeadMinutes')}>
        <input type="number" min={0} name="leadMinutes" value={form.leadMinutes} onInput={(e) => set({ leadMinutes: e.currentTarget.value })} />
      </Field>
      <Field label={t('calPatrolTimes')}>
        <input name="patrolTimes" value={form.patrolTimes} onInput={(e) => set({ patrolTimes: e.currentTarget.value })} />
      </Field>

      <div class="fw-toolbar">
        <button type="button" data-fw-save disabled={result.settings === null} onClick={() => result.settings && void save(result.settings)}>
          {t('save')}
        </button>
        {status && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
      {result.problems.length > 0 && (
        <ul class="fw-error" data-fw-problems>
          {result.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
