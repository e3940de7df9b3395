import { useEffect, useState } from 'preact/hooks';
import type { LedgerEntry } from '@/utils/ledger/types';
import type { DraftAction } from '@/utils/templates/draft-actions';
import { send } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { draftState, draftSummary } from '@/utils/templates/draft-status';
import { describeStorageError } from '@/utils/ledger/storage-errors';

interface Props {
  entry: LedgerEntry;
  /** Called with the stored entry after each change. */
  onChange?(entry: LedgerEntry): void;
}

/** The reply draft of one ledger entry: save it, send it for review (审定) with a copyable message, record the approval. */
export function DraftBox({ entry: initial, onChange }: Props) {
  const [entry, setEntry] = useState(initial);
  const [text, setText] = useState(initial.draft?.text ?? '');
  const [approver, setApprover] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setEntry(initial);
    setText(initial.draft?.text ?? '');
  }, [initial.key, initial.updatedAt]);

  async function run(action: DraftAction, done: string | null) {
    try {
      const result = await send('draft', action);
      setEntry(result.entry);
      onChange?.(result.entry);
      if (result.message) setMessage(result.message);
      setFeedback(done ? { ok: true, text: done } : null);
    } catch (err) {
      setFeedback({ ok: false, text: describeStorageError(err) });
    }
  }
  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setFeedback({ ok: true, text: t('replyHelperCopied') });
    } catch {
      setFeedback({ ok: false, text: t('replyHelperCopyFailed') });
    }
  }
  return (
    <fieldset data-fw-draft-box={entry.key}>
      <legend>{t('draftTitle')}</legend>
      <p data-fw-draft-state={draftState(entry)}>{draftSummary(entry)}</p>
      <textarea rows={8} style={{ width: '100%' }} aria-label={t('replyHelperText')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="fw-toolbar">
        <button type="button" data-fw-draft="save" disabled={!text.trim()} onClick={() => void run({ key: entry.key, action: 'save', text }, t('draftSaved'))}>{t('draftSave')}</button>
        <button type="button" data-fw-draft="request" disabled={!entry.draft} onClick={() => void run({ key: entry.key, action: 'requestApproval' }, null)}>{t('draftRequestApproval')}</button>
        <input data-fw-draft-approver placeholder={t('draftApprover')} aria-label={t('draftApprover')} value={approver} onInput={(e) => setApprover(e.currentTarget.value)} />
        <button type="button" data-fw-draft="approve" disabled={!entry.draft} onClick={() => void run({ key: entry.key, action: 'approve', approver }, null)}>{t('draftApprove')}</button>
      </div>
      {message && (
        <div>
          <label>
            {t('draftApprovalMessage')}
            <textarea readOnly rows={7} style={{ width: '100%' }} data-fw-approval-message value={message} />
          </label>
          <button type="button" onClick={() => void copy(message)}>{t('draftCopyMessage')}</button>
        </div>
      )}
      {feedback && <p class={feedback.ok ? 'fw-ok' : 'fw-error'}>{feedback.text}</p>}
    </fieldset>
  );
}
