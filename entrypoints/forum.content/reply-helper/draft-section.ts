import type { PageDraftAction, PageEntry } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';
import { draftState, draftSummary } from '@/utils/templates/draft-status';
import { ask } from '../messaging';
import { button, el } from './dom';
import { copyText } from './clipboard';

export interface DraftSectionOptions {
  /** The reply text shown in the panel: what gets saved. */
  text(): string;
  /** The entry after a change, so the panel re-checks approval. */
  onEntry(entry: PageEntry): void;
  say(message: string, bad?: boolean): void;
}

/**
 * Save the reply as the entry's draft and send it for review (a copyable message). The approval
 * itself is recorded by the approver on the extension's own pages, where no page script reaches.
 */
export function draftSection(doc: Document, initial: PageEntry, opts: DraftSectionOptions): HTMLElement {
  let entry = initial;
  const state = el(doc, 'div', { class: 'fw-note', 'data-fw-draft-state': '' });
  const message = el(doc, 'textarea', { readonly: '', rows: '6', 'data-fw-approval-message': '' });
  const messageBox = el(doc, 'div', { hidden: '' }, el(doc, 'label', {}, t('draftApprovalMessage')), message);

  const show = () => {
    state.textContent = draftSummary(entry);
    state.setAttribute('data-fw-draft-state', draftState(entry));
    requestButton.disabled = !entry.draft;
  };
  async function run(action: PageDraftAction, done: string | null): Promise<void> {
    try {
      const result = await ask('pageDraft', action);
      entry = result.entry;
      opts.onEntry(entry);
      show();
      if (result.message) {
        message.value = result.message;
        messageBox.hidden = false;
        opts.say((await copyText(doc, result.message, messageBox)) ? t('replyHelperCopied') : t('replyHelperCopyFailed'));
      } else if (done) {
        opts.say(done);
      }
    } catch (err) {
      opts.say(errorText(err), true);
    }
  }
  const saveButton = button(doc, t('draftSave'), { 'data-fw-draft': 'save' }, () => void run({ key: entry.key, action: 'save', text: opts.text() }, t('draftSaved')));
  const requestButton = button(doc, t('draftRequestApproval'), { 'data-fw-draft': 'request' }, () => void run({ key: entry.key, action: 'requestApproval' }, null));
  show();
  return el(
    doc,
    'fieldset',
    { 'data-fw-draft-section': entry.key },
    el(doc, 'legend', {}, t('draftTitle')),
    state,
    el(doc, 'div', { class: 'fw-row' }, saveButton, requestButton),
    el(doc, 'p', { class: 'fw-note', 'data-fw-approve-elsewhere': '' }, t('draftApproveElsewhere')),
    messageBox,
  );
}
