// What staff do with a ledger entry (分派, 办理, 上报, 批示, 回复, 整改, 暂停, 办结). Each action checks
// that it makes sense for the entry as it is now, with a message the user can act on, and records
// exactly one event whose actor is the staff member named in the settings.
import { repliedEntry } from './reply';
import type { Settings } from '../settings/types';
import { escalationDue, followUpDue, resumeDue, slaContext, type FollowUpSpec } from '../deadline/sla';
import { inLedgerYears, LEDGER_YEARS, toShanghaiISO } from '../time/shanghai';
import type { LedgerDb } from './db';
import { AWAITING_REPLY, type EventChange, type Fix, type LedgerEntry, type Status } from './types';
import { canTransition, changeEntry, TransitionError } from './workflow';
import { t, type MessageKey } from '../i18n';
import { statusLabel } from '../i18n/status';
import { nextMemoNo } from './memo-number';
import { deviceId } from './device-id';
import { linkedPost } from '../sites/discuz/post-order';

export { TransitionError };

export interface ActionContext {
  now: Date;
  settings: Pick<Settings, 'user' | 'calendar' | 'sla' | 'workingHours'>;
}

type Change = { entry: LedgerEntry; event: EventChange };

function apply(db: LedgerDb, key: string, ctx: ActionContext, change: (entry: LedgerEntry, at: string) => Change) {
  return changeEntry(db, key, { now: ctx.now, actor: ctx.settings.user.name }, change);
}

function requireTransition(entry: LedgerEntry, to: Status): void {
  if (!canTransition(entry.status, to)) {
    throw new TransitionError(t('refuseStatusFor', statusLabel(entry.status), statusLabel(to)));
  }
}

function requireText(text: string, what: MessageKey): string {
  const trimmed = text.trim();
  if (!trimmed) throw new TransitionError(t('refuseMissing', t(what)));
  return trimmed;
}

const isAwaitingReply = (entry: LedgerEntry) => AWAITING_REPLY.includes(entry.status);

/** 分派: hands the entry to a department. Re-assigning keeps an entry that is already being handled where it is. */
export async function assign(db: LedgerDb, key: string, department: string, ctx: ActionContext) {
  const dept = requireText(department, 'fieldAssignDepartment');
  return apply(db, key, ctx, (entry) => {
    if (!isAwaitingReply(entry)) throw new TransitionError(t('refuseReassign', statusLabel(entry.status)));
    const status: Status = entry.status === 'new' || entry.status === 'escalated' ? 'assigned' : entry.status;
    return { entry: { ...entry, status, department: dept }, event: { type: 'assign', note: `分派给${dept}` } };
  });
}

/** 办理中: the department has started on it. */
export async function start(db: LedgerDb, key: string, ctx: ActionContext) {
  return apply(db, key, ctx, (entry) => {
    requireTransition(entry, 'in_progress');
    return { entry: { ...entry, status: 'in_progress' }, event: { type: 'status' } };
  });
}

/**
 * 上报: escalates to a leader with a 网络舆情抄告单. The memo gets the year's next serial number and
 * the reply is then due N working days after the escalation.
 */
export async function escalate(db: LedgerDb, key: string, summary: string, department: string | null, ctx: ActionContext) {
  const text = requireText(summary, 'fieldMemoSummary');
  const dept = department?.trim() || null;
  await deviceId(); // known before the transaction: changeEntry asks for it inside this one
  return db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const memoNo = await nextMemoNo(db, ctx.now);
    return apply(db, key, ctx, (entry, at) => {
      requireTransition(entry, 'escalated');
      const due = escalationDue(ctx.now, slaContext(ctx.settings, entry.topics));
      const earlier = entry.escalation ? `（前一份为 ${entry.escalation.memoNo}）` : '';
      return {
        entry: {
          ...entry,
          status: 'escalated',
          department: dept ?? entry.department,
          dueAt: toShanghaiISO(due),
          escalation: { at, memoNo, department: dept, summary: text, instruction: '' },
        },
        event: { type: 'status', note: `上报领导，抄告单 ${memoNo}${earlier}` },
      };
    });
  });
}

/** 领导批示: the leader's instruction, typed into the memo; kept with the escalation. */
/** How long typing the 批示 on the memo page counts as one edit in the history. */
const INSTRUCTION_EDIT_MS = 30 * 60_000;

export async function setInstruction(db: LedgerDb, key: string, text: string, ctx: ActionContext) {
  const instruction = text.trim();
  const instructionEvent = (note: string | undefined) => !!note && /^(领导批示|清除批示)（/.test(note);
  return changeEntry(
    db,
    key,
    { now: ctx.now, actor: ctx.settings.user.name },
    (entry) => {
      if (!entry.escalation) throw new TransitionError(t('refuseNoMemo'));
      return {
        entry: { ...entry, escalation: { ...entry.escalation, instruction } },
        event: { type: 'note', note: instruction ? `领导批示（${entry.escalation.memoNo}）：${instruction}` : `清除批示（${entry.escalation.memoNo}）` },
      };
    },
    (latest) => latest.type === 'note' && instructionEvent(latest.note) && ctx.now.getTime() - Date.parse(latest.at) < INSTRUCTION_EDIT_MS,
  );
}

function checkedUrl(url: string): string {
  const text = requireText(url, 'fieldReplyLink');
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new TransitionError(t('refuseReplyLinkInvalid', text));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TransitionError(t('refuseReplyLinkScheme', text));
  return parsed.href;
}

/** 已回复, marked by hand with the link to the reply (when it was not detected on the page). */
export async function markReplied(db: LedgerDb, key: string, url: string, author: string | undefined, ctx: ActionContext) {
  const link = checkedUrl(url);
  const by = author?.trim() || ctx.settings.user.name;
  return apply(db, key, ctx, (entry, at) => {
    requireTransition(entry, 'replied');
    return {
      entry: repliedEntry(entry, { at, author: by, url: link, ...(linkedPost(link) ?? { pid: null }), detected: false }),
      event: { type: 'reply', note: `「${by}」已回复 ${link}` },
    };
  });
}

export async function addNote(db: LedgerDb, key: string, text: string, ctx: ActionContext) {
  const note = requireText(text, 'fieldNote');
  return apply(db, key, ctx, (entry) => ({ entry, event: { type: 'note', note } }));
}

/** 整改措施: a promised fix the office chases by its own due date. A replied entry moves to 跟踪中. */
export async function addFix(db: LedgerDb, key: string, text: string, due: FollowUpSpec, ctx: ActionContext) {
  const what = requireText(text, 'fieldFix');
  if ('onDay' in due && !/^\d{4}-\d{2}-\d{2}$/.test(due.onDay)) throw new TransitionError(t('refuseFixDay', due.onDay));
  if ('workingDays' in due && !(Number.isInteger(due.workingDays) && due.workingDays >= 0)) {
    throw new TransitionError(t('refuseFixWorkingDays', due.workingDays));
  }
  return apply(db, key, ctx, (entry) => {
    if (entry.status === 'closed') throw new TransitionError(t('refuseFixClosed'));
    const dueDate = followUpDue(due, slaContext(ctx.settings, entry.topics));
    if (!inLedgerYears(dueDate)) throw new TransitionError(t('refuseFixYears', LEDGER_YEARS.min, LEDGER_YEARS.max));
    const dueAt = toShanghaiISO(dueDate);
    const fix: Fix = { id: crypto.randomUUID(), text: what, dueAt, doneAt: null };
    const status: Status = entry.status === 'replied' ? 'follow_up' : entry.status;
    return {
      entry: { ...entry, status, fixes: [...entry.fixes, fix] },
      event: { type: 'fix', note: `整改：${what}（期限 ${dueAt.slice(0, 10)}）` },
    };
  });
}

export async function completeFix(db: LedgerDb, key: string, fixId: string, ctx: ActionContext) {
  return apply(db, key, ctx, (entry, at) => {
    const fix = entry.fixes.find((f) => f.id === fixId);
    if (!fix) throw new TransitionError(t('refuseNoSuchFix'));
    if (fix.doneAt) throw new TransitionError(t('refuseFixDone', fix.doneAt.slice(0, 16).replace('T', ' ')));
    return {
      entry: { ...entry, fixes: entry.fixes.map((f) => (f.id === fixId ? { ...f, doneAt: at } : f)) },
      event: { type: 'fix', note: `整改完成：${fix.text}` },
    };
  });
}

/** 暂停计时 (e.g. waiting for another department): the paused working time is added to the deadline on resume. */
export async function pause(db: LedgerDb, key: string, reason: string, ctx: ActionContext) {
  const why = requireText(reason, 'fieldPauseReason');
  return apply(db, key, ctx, (entry, at) => {
    if (entry.pausedAt) throw new TransitionError(t('refusePaused'));
    if (!isAwaitingReply(entry) || !entry.dueAt) throw new TransitionError(t('refuseNotTiming', statusLabel(entry.status)));
    return { entry: { ...entry, pausedAt: at }, event: { type: 'pause', note: why } };
  });
}

export async function resume(db: LedgerDb, key: string, ctx: ActionContext) {
  return apply(db, key, ctx, (entry) => {
    if (!entry.pausedAt) throw new TransitionError(t('refuseNotPaused'));
    const pausedAt = new Date(entry.pausedAt);
    const dueAt = entry.dueAt ? toShanghaiISO(resumeDue(new Date(entry.dueAt), pausedAt, ctx.now, slaContext(ctx.settings, entry.topics))) : null;
    return {
      entry: { ...entry, pausedAt: null, pausedMs: entry.pausedMs + Math.max(0, ctx.now.getTime() - pausedAt.getTime()), dueAt },
      event: { type: 'resume', note: dueAt ? `恢复计时，时限顺延至 ${dueAt.slice(0, 16).replace('T', ' ')}` : '恢复计时' },
    };
  });
}

/** 办结: refused while promised fixes are still open. */
export async function close(db: LedgerDb, key: string, ctx: ActionContext) {
  return apply(db, key, ctx, (entry) => {
    requireTransition(entry, 'closed');
    const open = entry.fixes.filter((f) => !f.doneAt).length;
    if (open > 0) throw new TransitionError(t('refuseOpenFixes', open));
    return { entry: { ...entry, status: 'closed', pausedAt: null }, event: { type: 'status' } };
  });
}

/** 重新打开 a closed entry for follow-up (跟踪中). */
export async function reopen(db: LedgerDb, key: string, ctx: ActionContext) {
  return apply(db, key, ctx, (entry) => {
    if (entry.status !== 'closed') throw new TransitionError(t('refuseNotClosed', statusLabel(entry.status)));
    return { entry: { ...entry, status: 'follow_up' }, event: { type: 'status', note: '重新打开' } };
  });
}
