import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/types';
import { ledgerDb } from '@/utils/ledger/db';
import { departmentChoices } from '@/utils/ledger/departments';
import { checkManualForm, saveManualEntry, type ManualForm } from '@/utils/ledger/manual-entry';
import { describeStorageError } from '@/utils/ledger/storage-errors';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { t } from '@/utils/i18n';
import { captureContext } from '@/utils/ledger/capture-context';
import './manual-entry.css';

const EMPTY: ManualForm = { title: '', url: '', author: '', postedAt: '', excerpt: '', topics: [] };

type Problems = Partial<Record<keyof ManualForm, string>>;

/** 手工登记: an entry typed in by hand (a phone call, a post seen elsewhere), with or without an address. */
export function ManualEntryForm({ settings }: { settings: Settings }) {
  const [form, setForm] = useState<ManualForm>(EMPTY);
  // null: the first checked topic's department, until the user picks one.
  const [department, setDepartment] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ctx = (now: Date) => captureContext(settings, now);
  const shownDepartment = department ?? ctx(new Date()).departmentFor(form.topics) ?? '';
  const set = (field: keyof ManualForm, value: string) => setForm((f) => ({ ...f, [field]: value }));
  // Kept in the settings' priority order, as the matcher gives topics of a captured post.
  const toggleTopic = (id: string, on: boolean) =>
    setForm((f) => ({ ...f, topics: settings.topics.map((x) => x.id).filter((x) => (x === id ? on : f.topics.includes(x))) }));

  async function submit(ev: Event) {
    ev.preventDefault();
    const checked = checkManualForm(form);
    setProblems(checked.ok ? {} : checked.problems);
    setStatus(null);
    if (!checked.ok) return;
    setBusy(true);
    try {
      const entry = await saveManualEntry(ledgerDb(), checked.input, ctx(new Date()), shownDepartment || null);
      await refreshBadge().catch(() => undefined);
      setForm(EMPTY);
      setDepartment(null);
      setStatus({ ok: true, message: t('manualSaved', entry.title) });
    } catch (err) {
      setStatus({ ok: false, message: describeStorageError(err) });
    } finally {
      setBusy(false);
    }
  }

  const text = (field: 'title' | 'url' | 'author', label: string) => (
    <label class="fw-field">
      <span>{label}</span>
      <input name={field} value={form[field]} onInput={(e) => set(field, e.currentTarget.value)} aria-invalid={!!problems[field]} />
      {problems[field] && <small class="fw-error" role="alert">{problems[field]}</small>}
    </label>
  );

  return (
    <details class="fw-manual-entry" data-fw-manual-entry>
      <summary>{t('manualOpen')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('manualHeading')}>
        {text('title', t('manualTitle'))}
        {text('url', t('manualUrl'))}
        {text('author', t('manualAuthor'))}
        <label class="fw-field">
          <span>{t('manualPostedAt')}</span>
          <input type="datetime-local" name="postedAt" value={form.postedAt} onInput={(e) => set('postedAt', e.currentTarget.value)} aria-invalid={!!problems.postedAt} />
          {problems.postedAt && <small class="fw-error" role="alert">{problems.postedAt}</small>}
        </label>
        <label class="fw-field">
          <span>{t('manualExcerpt')}</span>
          <textarea name="excerpt" rows={4} value={form.excerpt} onInput={(e) => set('excerpt', e.currentTarget.value)} />
        </label>
        <fieldset>
          <legend>{t('manualTopics')}</legend>
          {settings.topics.map((topic) => (
            <label key={topic.id}>
              <input type="checkbox" name="topics" value={topic.id} checked={form.topics.includes(topic.id)} onChange={(e) => toggleTopic(topic.id, e.currentTarget.checked)} />
              {topic.name}
            </label>
          ))}
        </fieldset>
        <label class="fw-field">
          <span>{t('manualDepartment')}</span>
          <select name="department" value={shownDepartment} onChange={(e) => setDepartment(e.currentTarget.value)}>
            <option value="">{t('manualNoDepartment')}</option>
            {departmentChoices(settings).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('manualSave')}
        </button>
        {status && (
          <p class={status.ok ? 'fw-ok' : 'fw-error'} role="status">
            {status.message}
          </p>
        )}
      </form>
    </details>
  );
}
