import type { LedgerEntry } from '@/utils/ledger/types';
import { send } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { draftState, draftSummary } from '@/utils/templates/draft-status';
import type { DraftAction } from '@/utils/templates/draft-actions';
import { button, el } from './dom';
import { copyText } from './clipboard';

export interface DraftSectionOptions {
  /** The reply text shown in the panel: what gets saved. */
  text(): string;
  /** The entry after a change, so the panel re-checks approval. */
  onEntry(entry: LedgerEntry): void;
  say(message: string, bad?: boolean): void;
}

/** Save the reply as the entry's draft, send it for review (a copyable message) and record the approval. */
export function draftSection(doc: Document, initial: LedgerEntry, opts: DraftSectionOptions): HTMLElement {
  let entry = initial;
  const state = el(doc, 'div', { class: 'fw-note', 'data-fw-draft-state': '' });
  const approver = el(doc, 'input', { placeholder: t('draftApprover'), 'aria-label': t('draftApprover'), 'data-fw-draft-approver': '' });
  const message = el(doc, 'textarea', { readonly: '', rows: '6', 'data-fw-approval-message': '' });
  const messageBox = el(doc, 'div', { hidden: '' }, el(doc, 'label', {}, t('draftApprovalMessage')), message);

  const show = () => {
    state.textContent = draftSummary(entry);
    state.setAttribute('data-fw-draft-state', draftState(entry));
    requestButton.disabled = !entry.draft;
    approveButton.disabled = !entry.draft;
  };
  async function run(action: DraftAction, done: string | null): Promise<void> {
    try {
      const result = await send('draft', action);
      entry = result.entry;
      opts.onEntry(entry);
      show();
      if (result.message) {
        message.value = result.message;
        messageBox.hidden = false;
        opts.say((await copyText(doc, result.message)) ? t('replyHelperCopied') : t('replyHelperCopyFailed'));
      } else if (done) {
        opts.say(done);
      }
    } catch (err) {
      opts.say(err instanceof Error ? err.message : String(err), true);
    }
  }
  const saveButton = button(doc, t('draftSave'), { 'data-fw-draft': 'save' }, () => void run({ key: entry.key, action: 'save', text: opts.text() }, t('draftSaved')));
  const requestButton = button(doc, t('draftRequestApproval'), { 'data-fw-draft': 'request' }, () => void run({ key: entry.key, action: 'requestApproval' }, null));
  const approveButton = button(doc, t('draftApprove'), { 'data-fw-draft': 'approve' }, () =>
    void run({ key: entry.key, action: 'approve', approver: approver.value }, null),
  );
  show();
  return el(
    doc,
    'fieldset',
    { 'data-fw-draft-section': entry.key },
    el(doc, 'legend', {}, t('draftTitle')),
    state,
    el(doc, 'div', { class: 'fw-row' }, saveButton, requestButton),
    el(doc, 'div', { class: 'fw-row' }, approver, approveButton),
    messageBox,
  );
}
