// 已在专帖回复: every entry of a 热点 answered by the office's dedicated thread, in one transaction,
// each with the same 已回复 event a manual mark writes (with the 专帖's link). Entries this user may
// not answer — already answered or closed, or, on the shared ledger, another department's when the
// user is not the office (team/validate-doc-update.js) — are left as they are and reported.
import type { LedgerDb } from '../ledger/db';
import { markReplied, TransitionError, type ActionContext } from '../ledger/actions';
import { canTransition } from '../ledger/workflow';
import { deviceId } from '../ledger/device-id';
import { t } from '../i18n';
import { statusLabel } from '../i18n/status';
import type { LedgerEntry } from '../ledger/types';
import { safeHttpUrl } from '../links/safe-http-url';
import { userDepartments } from '../team/assignment';

/** The shared-ledger session's roles, or null when the ledger is not shared. */
export type TeamRoles = readonly string[] | null;

export interface ReplyAllOutcome {
  replied: string[];
  skipped: { key: string; reason: string }[];
}

/** Why this user may not mark the entry answered now; null when they may. */
export function replyRefusal(entry: LedgerEntry, roles: TeamRoles, ownDepartment: string): string | null {
  if (!canTransition(entry.status, 'replied')) return t('refuseAlready', statusLabel(entry.status));
  if (roles === null || roles.includes('fw-office') || roles.includes('_admin')) return null;
  const mine = userDepartments(ownDepartment, roles);
  return entry.department !== null && mine.includes(entry.department) ? null : t('refuseOtherDepartment');
}

export async function markAllReplied(db: LedgerDb, keys: readonly string[], url: string, roles: TeamRoles, ctx: ActionContext): Promise<ReplyAllOutcome> {
  const link = safeHttpUrl(url.trim());
  if (!link) throw new TransitionError(t('refuseHotThreadLink', url.trim()));
  await deviceId(); // known before the transaction: each change asks for it inside this one
  return db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const outcome: ReplyAllOutcome = { replied: [], skipped: [] };
    for (const key of keys) {
      const entry = await db.entries.get(key);
      const refusal = entry ? replyRefusal(entry, roles, ctx.settings.user.department) : t('refuseNoEntryHere');
      if (refusal) outcome.skipped.push({ key, reason: refusal });
      else {
        await markReplied(db, key, link, undefined, ctx);
        outcome.replied.push(key);
      }
    }
    return outcome;
  });
}
