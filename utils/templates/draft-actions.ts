// The draft and review steps as the background applies them to a stored entry:
// one transaction and one event each (see ../ledger/workflow.ts changeEntry).
import type { LedgerDb } from '../ledger/db';
import type { LedgerEntry } from '../ledger/types';
import { changeEntry, type ChangeContext } from '../ledger/workflow';
import { approve, requestApproval, saveDraft } from './approval';

export type DraftAction =
  | { key: string; action: 'save'; text: string }
  | { key: string; action: 'requestApproval' }
  | { key: string; action: 'approve'; approver: string };

export interface DraftResult {
  entry: LedgerEntry;
  /** For `requestApproval`: the text to send to the department head. */
  message: string | null;
}

/** Saves the draft, sends it for review or records the approval; `ctx.actor` is named as the requester. */
export async function applyDraftAction(db: LedgerDb, action: DraftAction, ctx: ChangeContext): Promise<DraftResult> {
  let message: string | null = null;
  const entry = await changeEntry(db, action.key, ctx, (current) => {
    switch (action.action) {
      case 'save':
        return saveDraft(current, action.text, ctx.now);
      case 'requestApproval': {
        const request = requestApproval(current, ctx.now, ctx.actor);
        message = request.message;
        return request;
      }
      case 'approve':
        return approve(current, action.approver, ctx.now);
    }
  });
  return { entry, message };
}
