import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LedgerEntry } from '@/utils/ledger/types';
import { AWAITING_REPLY } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { addNote, assign, escalate, markReplied } from '@/utils/ledger/actions';
import { canTransition } from '@/utils/ledger/workflow';
import { departmentChoices } from '@/utils/ledger/departments';
import { t } from '@/utils/i18n';
import './entry-actions.css';
import { openInTab, openPost } from './open-tab';
import { formatAlert } from '@/utils/templates/alert';
import { useEntryChange, type EntryChange } from './workflow/use-entry-change';

type Form = 'assign' | 'escalate' | 'reply' | 'note';

const SUMMARY_CHARS = 200;

export function openMemo(key: string): void {
  const url = new URL(browser.runtime.getURL('/memo.html'));
  url.searchParams.set('key', key);
  openInTab(url.href);
}

interface Props {
  entry: LedgerEntry;
  settings: Settings;
}

/** Quick actions on one entry (popup): 分派, 上报 → 抄告单, 标记已回复 with the link, 加备注, 打开帖子, 复制提醒文字 (for a department's group; an answered 紧急 post may still need its department told). */
export function EntryActions({ entry: initial, settings }: Props) {
  const { entry, busy, feedback: message, setFeedback: setMessage, run } = useEntryChange(initial, settings);
  const [form, setForm] = useState<Form | null>(null);
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const [alertText, setAlertText] = useState<string | null>(null);
  const departments = departmentChoices(settings);
  const waiting = AWAITING_REPLY.includes(entry.status);

  function show(next: Form) {
    setForm(form === next ? null : next);
    setMessage(null);
    if (next === 'assign') setText(entry.department ?? departments[0] ?? '');
    else if (next === 'escalate') {
      setText(entry.excerpt.slice(0, SUMMARY_CHARS));
      setExtra(entry.department ?? '');
    } else {
      setText('');
      setExtra('');
    }
  }

  /** The office's alert for a department's group (【紧急舆情】… for a 紧急 entry), copied and shown to copy by hand. */
  async function copyAlert() {
    const text = formatAlert(entry, { topicNames: Object.fromEntries(settings.topics.map((tp) => [tp.id, tp.name])) });
    setAlertText(text);
    try {
      await navigator.clipboard.writeText(text);
      setMessage({ ok: true, text: t('replyHelperCopied') });
    } catch {
      setMessage({ ok: false, text: t('replyHelperCopyFailed') });
    }
  }

  function changeFor(which: Form): EntryChange {
    if (which === 'assign') return (db, key, ctx) => assign(db, key, text, ctx);
    if (which === 'escalate') return (db, key, ctx) => escalate(db, key, text, extra || null, ctx);
    if (which === 'reply') return (db, key, ctx) => markReplied(db, key, text, extra || undefined, ctx);
    return (db, key, ctx) => addNote(db, key, text, ctx);
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    if (!form || !(await run(changeFor(form)))) return;
    if (form === 'escalate') openMemo(entry.key);
    setForm(null);
  }

  return (
    <div class="fw-actions" data-fw-entry-actions={entry.key}>
      <div class="fw-action-buttons">
        {waiting && (
          <button type="button" data-fw-action="assign" aria-pressed={form === 'assign'} onClick={() => show('assign')}>
            {t('actAssign')}
          </button>
        )}
        {canTransition(entry.status, 'escalated') && (
          <button type="button" data-fw-action="escalate" aria-pressed={form === 'escalate'} onClick={() => show('escalate')}>
            {t('actEscalate')}
          </button>
        )}
        {entry.escalation && (
          <button type="button" data-fw-action="memo" onClick={() => openMemo(entry.key)}>
            {t('actMemo')} {entry.escalation.memoNo}
          </button>
        )}
        {canTransition(entry.status, 'replied') && (
          <button type="button" data-fw-action="mark-replied" aria-pressed={form === 'reply'} onClick={() => show('reply')}>
            {t('actReplied')}
          </button>
        )}
        <button type="button" data-fw-action="note" aria-pressed={form === 'note'} onClick={() => show('note')}>
          {t('actNote')}
        </button>
        <button type="button" data-fw-action="open" onClick={() => openPost(entry.url)}>
          {t('actOpen')}
        </button>
        <button type="button" data-fw-action="copy-alert" onClick={() => void copyAlert()}>
          {t('replyHelperCopyAlert')}
        </button>
      </div>
      {form && (
        <form class="fw-action-form" data-fw-form={form} onSubmit={(ev) => void submit(ev)}>
          {form === 'assign' && (
            <select aria-label={t('actChooseDepartment')} value={text} onChange={(e) => setText(e.currentTarget.value)}>
              <option value="">{t('actChooseDepartment')}</option>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          )}
          {form === 'escalate' && (
            <>
              <textarea aria-label={t('actEscalateSummary')} placeholder={t('actEscalateSummary')} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
              <select aria-label={t('memoDepartment')} value={extra} onChange={(e) => setExtra(e.currentTarget.value)}>
                <option value="">{t('memoDepartment')}</option>
                {departments.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </>
          )}
          {form === 'reply' && (
            <>
              <input type="text" inputMode="url" name="url" aria-label={t('actReplyLink')} placeholder={t('actReplyLink')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
              <input name="author" aria-label={t('actReplyAuthor')} placeholder={t('actReplyAuthor')} value={extra} onInput={(e) => setExtra(e.currentTarget.value)} />
            </>
          )}
          {form === 'note' && (
            <input name="note" aria-label={t('actNoteText')} placeholder={t('actNoteText')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          )}
          <div class="fw-action-submit">
            <button type="submit" disabled={busy}>
              {form === 'escalate' ? t('actEscalateConfirm') : t('actOk')}
            </button>
            <button type="button" onClick={() => setForm(null)}>
              {t('actCancel')}
            </button>
          </div>
        </form>
      )}
      {alertText !== null && <textarea readOnly rows={6} data-fw-alert-text aria-label={t('replyHelperCopyAlert')} value={alertText} />}
      {message && (
        <p class={message.ok ? 'fw-action-ok' : 'fw-action-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
