// Review before posting (回复审核): a reply in a department's name is approved by
// the department head first. Pure functions on an entry's `draft`; each returns
// the new entry and the event to record, the shape `changeEntry` takes.
import type { Draft, EventChange, LedgerEntry, Status } from '../ledger/types';
import type { SlaPolicy } from '../settings/types';
import { canTransition } from '../ledger/transitions';
import { formatShanghai, toShanghaiISO } from '../time/shanghai';
import { collapseWhitespace } from '../collapse-whitespace';
import { t } from '../i18n';

export interface DraftChange {
  entry: LedgerEntry;
  event: EventChange;
}

export class ApprovalError extends Error {}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

function withStatus(entry: LedgerEntry, to: Status): Status {
  return canTransition(entry.status, to) ? to : entry.status;
}

/**
 * Saves the reply being written. Work on a new or assigned entry is now under
 * way. Changing the text drops an approval or a pending request: the head
 * approved the old words, not these.
 */
export function saveDraft(entry: LedgerEntry, text: string, now: Date): DraftChange {
  const at = toShanghaiISO(now);
  const previous = entry.draft;
  const unchanged = previous !== null && sameText(previous.text, text);
  const draft: Draft = unchanged
    ? { ...previous, text, savedAt: at }
    : { text, savedAt: at, approvalRequestedAt: null, approvedBy: null, approvedAt: null };
  const lostReview = !unchanged && previous !== null && (previous.approvalRequestedAt !== null || previous.approvedAt !== null);
  let status = entry.status;
  if (status === 'new' || status === 'assigned' || (lostReview && status === 'awaiting_approval')) {
    status = withStatus(entry, 'in_progress');
  }
  return {
    entry: { ...entry, draft, status, updatedAt: at },
    event: { type: 'draft', note: lostReview ? '稿子改动后需重新审核' : '保存回复稿' },
  };
}

export interface ApprovalRequest extends DraftChange {
  /** Plain text to paste to the department head. */
  message: string;
}

/** Sends the saved draft for review; the message carries the post and the full draft. */
export function requestApproval(entry: LedgerEntry, now: Date, requester?: string): ApprovalRequest {
  const draft = entry.draft;
  if (!draft || !draft.text.trim()) throw new ApprovalError(t('refuseNoDraftToSend'));
  const at = toShanghaiISO(now);
  const message = [
    '【回复审核】请审核以下回复稿',
    `帖子：${collapseWhitespace(entry.title)}`,
    `链接：${entry.url}`,
    ...(entry.dueAt ? [`办理时限：${formatShanghai(entry.dueAt)}`] : []),
    ...(requester ? [`送审人：${requester}`] : []),
    '——回复稿——',
    draft.text.trim(),
    '——————',
    '同意请回复“同意”；需要修改请直接指出。',
  ].join('\n');
  return {
    entry: {
      ...entry,
      draft: { ...draft, approvalRequestedAt: at, approvedBy: null, approvedAt: null },
      status: withStatus(entry, 'awaiting_approval'),
      updatedAt: at,
    },
    event: { type: 'approval', note: '送审' },
    message,
  };
}

/** Records the head's approval of the current draft; the reply can then be posted. */
export function approve(entry: LedgerEntry, approver: string, now: Date): DraftChange {
  const draft = entry.draft;
  if (!draft || !draft.text.trim()) throw new ApprovalError(t('refuseNoDraftToApprove'));
  const name = approver.trim();
  if (!name) throw new ApprovalError(t('refuseNoApprover'));
  const at = toShanghaiISO(now);
  return {
    entry: {
      ...entry,
      draft: { ...draft, approvedBy: name, approvedAt: at },
      status: entry.status === 'awaiting_approval' ? withStatus(entry, 'in_progress') : entry.status,
      updatedAt: at,
    },
    event: { type: 'approval', note: `${name} 审核同意` },
  };
}

/**
 * Why inserting a reply now would skip review, or null when it would not.
 * Pass the text about to be inserted to check it is the approved one.
 */
export function needsApprovalWarning(
  entry: Pick<LedgerEntry, 'draft'>,
  policy: Pick<SlaPolicy, 'requireApproval'>,
  text?: string,
): string | null {
  if (!policy.requireApproval) return null;
  const draft = entry.draft;
  if (!draft) return t('approvalNeedsDraft');
  if (!draft.approvedAt) {
    return t(draft.approvalRequestedAt ? 'approvalPending' : 'approvalNotSent');
  }
  if (text !== undefined && !sameText(text, draft.text)) return t('approvalTextChanged');
  return null;
}
