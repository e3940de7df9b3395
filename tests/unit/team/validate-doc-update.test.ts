import { describe, expect, it } from 'vitest';
import { validateSource } from '../../../tools/team/setup.mjs';
import { ADMIN, MEMBER, OFFICE, assignedDoc, capturedDoc, withStep, type EntryDoc, type UserCtx } from './team-docs';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: UserCtx, secObj: object) => void;

// The same text the set-up command stores in the design doc, evaluated as CouchDB does: one function expression.
const validate = new Function(`return (${validateSource()})`)() as Validate;

const SECURITY = { admins: { names: ['admin'], roles: [] }, members: { names: [], roles: ['fw-member'] } };

/** The refusal's reason, or null when the write is allowed. */
function refusal(newDoc: object, oldDoc: object | null, user: UserCtx): string | null {
  try {
    validate(newDoc, oldDoc, user, SECURITY);
    return null;
  } catch (error) {
    const { forbidden } = error as { forbidden?: string };
    if (typeof forbidden !== 'string') throw error;
    return forbidden;
  }
}

const SETTINGS = { _id: 'settings:office', topics: [], staff: [], templates: [], calendar: {}, sla: {}, siteProfiles: [] };

describe('history is kept', () => {
  const old = assignedDoc('城建科');

  it('adding an event keeps the old ones and is accepted', () => {
    expect(refusal(withStep(old, {}, 'note', { note: '已电话联系发帖人' }), old, MEMBER)).toBeNull();
  });

  it('dropping an event is refused, even for the office', () => {
    const dropped = { ...withStep(old, {}, 'note'), events: [old.events[1]!] };
    expect(refusal(dropped, old, OFFICE)).toBe('不能删除处理记录 / History events cannot be removed');
  });

  it('rewriting an old event is refused; the same event with its fields in another order is not a rewrite', () => {
    const rewritten = { ...old, events: [old.events[0]!, { ...old.events[1]!, note: '分派给交通局' }] };
    expect(refusal(rewritten, old, OFFICE)).toBe('不能修改已有的处理记录 / Recorded history events cannot be changed');
    const reordered = { ...old, events: old.events.map((e) => Object.fromEntries(Object.entries(e).reverse())) };
    expect(refusal(reordered, old, OFFICE)).toBeNull();
  });

  it('deleting an entry is refused for members and the office, allowed for the server admin', () => {
    const tombstone = { _id: old._id, _rev: '2-a1b2', _deleted: true };
    expect(refusal(tombstone, old, MEMBER)).toBe('台账条目不能删除 / Ledger entries cannot be deleted');
    expect(refusal(tombstone, old, OFFICE)).toBe('台账条目不能删除 / Ledger entries cannot be deleted');
    expect(refusal(tombstone, old, ADMIN)).toBeNull();
  });

  it('an event without its actor, or a seq that is not a positive whole number, is refused', () => {
    const { actor: _actor, ...anonymous } = withStep(old, {}, 'note').events[2]!;
    const incomplete = '处理记录第 3 条不完整（需要 uid、seq、at、type、actor） / History event 3 is incomplete (uid, seq, at, type and actor are required)';
    expect(refusal({ ...old, events: [...old.events, anonymous] }, old, OFFICE)).toBe(incomplete);
    expect(refusal({ ...old, events: [...old.events, { ...anonymous, actor: '小王', seq: 2.5 }] }, old, OFFICE)).toBe(incomplete);
  });

  it('the same event twice is refused', () => {
    expect(refusal({ ...old, events: [...old.events, old.events[1]!] }, old, OFFICE)).toBe(
      `处理记录重复：${old.events[1]!.uid} / History event recorded twice: ${old.events[1]!.uid}`,
    );
  });

  it('an entry doc whose id is not its key is refused', () => {
    const doc = { ...capturedDoc(), _id: 'entry:127.0.0.1:8080/t24/p99' };
    expect(refusal(doc, null, MEMBER)).toBe("条目编号与内容不符 / The entry's id does not match its key");
  });
});

describe('a department member', () => {
  it('may capture a new entry', () => {
    expect(refusal(capturedDoc(), null, MEMBER)).toBeNull();
  });

  it('may not create an entry that is already further along than a capture', () => {
    const assigned = withStep(capturedDoc(), { status: 'assigned', department: '城建科' }, 'assign');
    expect(refusal(assigned, null, MEMBER)).toBe(
      '新条目只能是一次登记（一条登记记录，状态为新登记） / A new entry must be a capture (one capture event, status new)',
    );
  });

  it("may work on an entry assigned to their department: start, reply, note", () => {
    const old = assignedDoc('城建科');
    const started = withStep(old, { status: 'in_progress' }, 'status');
    expect(refusal(started, old, MEMBER)).toBeNull();
    const reply = { at: '2026-11-12T10:00:00+08:00', author: '岱山建设', url: 'http://127.0.0.1:8080/forum.php?mod=viewthread&tid=24#pid120', pid: '120', detected: true };
    expect(refusal(withStep(started, { status: 'replied', reply }, 'reply'), started, MEMBER)).toBeNull();
  });

  it("may not change another department's entry, nor one not yet assigned", () => {
    const other = assignedDoc('交通运输局');
    const reason = '只能处理分派给本部门的条目 / Only entries assigned to your own department can be changed';
    expect(refusal(withStep(other, {}, 'note', { note: '看一下' }), other, MEMBER)).toBe(reason);
    const unassigned = capturedDoc();
    expect(refusal(withStep(unassigned, {}, 'note'), unassigned, MEMBER)).toBe(reason);
  });

  it('may not close an entry', () => {
    const old = withStep(assignedDoc('城建科'), { status: 'replied' }, 'reply');
    expect(refusal(withStep(old, { status: 'closed' }, 'status'), old, MEMBER)).toBe('只有局办公室可以办结条目 / Only the office may close an entry');
  });

  it('may not close by the status alone, without the event saying so', () => {
    const old = withStep(assignedDoc('城建科'), { status: 'replied' }, 'reply');
    expect(refusal(withStep(old, { status: 'closed' }, 'note', { from: undefined, to: undefined }), old, MEMBER)).toBe(
      '只有局办公室可以办结条目 / Only the office may close an entry',
    );
  });

  it('may not add a closing event while leaving the status open: a merge replays the status from the history', () => {
    const old = withStep(assignedDoc('城建科'), { status: 'replied' }, 'reply');
    expect(refusal(withStep(old, {}, 'status', { from: 'replied', to: 'closed' }), old, MEMBER)).toBe(
      '只有局办公室可以办结条目 / Only the office may close an entry',
    );
  });

  it('may not add an assign event, even without changing the department: a merge takes the department from it', () => {
    const old = assignedDoc('城建科');
    expect(refusal(withStep(old, {}, 'assign', { note: '分派给交通运输局' }), old, MEMBER)).toBe('只有局办公室可以分派条目 / Only the office may assign an entry');
  });

  it('may not hand the entry to another department', () => {
    const old = assignedDoc('城建科');
    expect(refusal(withStep(old, { department: '交通运输局' }, 'assign', { note: '分派给交通运输局' }), old, MEMBER)).toBe(
      '只有局办公室可以分派条目 / Only the office may assign an entry',
    );
    expect(refusal(withStep(old, { department: '交通运输局' }, 'note'), old, MEMBER)).toBe('只有局办公室可以分派条目 / Only the office may assign an entry');
  });

  it('may not escalate, nor change the escalation memo', () => {
    const old = assignedDoc('城建科');
    const escalation = { at: '2026-11-12T09:05:00+08:00', memoNo: '2026-001', department: null, summary: '路面塌陷', instruction: '' };
    expect(refusal(withStep(old, { status: 'escalated', escalation }, 'status', { note: '上报领导，抄告单 2026-001' }), old, MEMBER)).toBe(
      '只有局办公室可以上报领导 / Only the office may escalate an entry',
    );
    expect(refusal(withStep(old, {}, 'status', { from: 'assigned', to: 'escalated' }), old, MEMBER)).toBe(
      '只有局办公室可以上报领导 / Only the office may escalate an entry',
    );
    const escalated = withStep(old, { status: 'escalated', escalation }, 'status');
    const instructed = withStep(escalated, { escalation: { ...escalation, instruction: '立即处置' } }, 'note');
    expect(refusal(instructed, escalated, MEMBER)).toBe('只有局办公室可以修改抄告单 / Only the office may change an escalation memo');
  });

  it('may not write the shared settings', () => {
    expect(refusal(SETTINGS, null, MEMBER)).toBe('只有局办公室可以修改共享设置 / Only the office may change the shared settings');
  });
});

describe('the office', () => {
  it('may assign, escalate and close any entry', () => {
    const captured = capturedDoc();
    const assigned = withStep(captured, { status: 'assigned', department: '交通运输局' }, 'assign');
    expect(refusal(assigned, captured, OFFICE)).toBeNull();
    const escalation = { at: '2026-11-12T09:05:00+08:00', memoNo: '2026-001', department: '城建科', summary: '路面塌陷', instruction: '' };
    const escalated = withStep(assigned, { status: 'escalated', department: '城建科', escalation }, 'status');
    expect(refusal(escalated, assigned, OFFICE)).toBeNull();
    const replied = withStep(escalated, { status: 'replied' }, 'reply');
    expect(refusal(withStep(replied, { status: 'closed' }, 'status'), replied, OFFICE)).toBeNull();
  });

  it('may upload an entry together with the history it already has', () => {
    const handled = withStep(assignedDoc('城建科'), { status: 'in_progress' }, 'status');
    expect(refusal(handled, null, OFFICE)).toBeNull();
    expect(refusal({ ...handled, events: [...handled.events, { ...handled.events[0]!, uid: '' }] }, null, OFFICE)).toMatch(/^处理记录第 4 条不完整/);
  });

  it('may write the shared settings', () => {
    expect(refusal(SETTINGS, null, OFFICE)).toBeNull();
  });
});

describe('everyone else', () => {
  const anonymous: UserCtx = { name: null, roles: [] };
  const outsider: UserCtx = { name: 'laozhang', roles: ['fw-dept:城建科'] };

  it('someone without the member role may write nothing', (): void => {
    for (const user of [anonymous, outsider]) {
      expect(refusal(capturedDoc(), null, user)).toBe('没有使用共享台账的权限 / You are not a member of the shared ledger');
    }
  });

  it('documents other than entries and the shared settings are refused for members, allowed for the server admin', () => {
    const stray = { _id: 'notes:xiaowang', text: '草稿' };
    expect(refusal(stray, null, OFFICE)).toBe('共享台账里只能保存台账条目和共享设置 / The shared ledger holds only ledger entries and the shared settings');
    expect(refusal(stray, null, ADMIN)).toBeNull();
  });

  it('a database admin named in _security may do what the server admin may', () => {
    const old: EntryDoc = assignedDoc('城建科');
    expect(refusal({ _id: old._id, _rev: '2-a1b2', _deleted: true }, old, { name: 'admin', roles: [] })).toBeNull();
  });
});

// The one exception to 'entries cannot be deleted': ending a losing branch after a conflict was merged.
describe('tombstones of merged conflict losers', () => {
  const loser = { ...withStep(assignedDoc('城建科'), { status: 'in_progress' }, 'status'), _rev: '3-bb' };
  const merged = withStep(loser, {}, 'note', { note: '另一台电脑的备注' });

  it('a member may tombstone a losing revision that names the merged one and keeps its events', () => {
    const tombstone = { ...merged, _rev: loser._rev, _deleted: true, mergedInto: '4-aa01' };
    expect(refusal(tombstone, loser, MEMBER)).toBeNull();
    expect(refusal(tombstone, loser, OFFICE)).toBeNull();
  });

  it('a tombstone that drops an event of the revision it ends is refused', () => {
    const tombstone = { ...merged, events: merged.events.slice(1), _rev: loser._rev, _deleted: true, mergedInto: '4-aa01' };
    expect(refusal(tombstone, loser, MEMBER)).toBe('不能删除处理记录 / History events cannot be removed');
  });

  it('a deletion without a merged revision stays refused', () => {
    expect(refusal({ ...merged, _deleted: true }, loser, MEMBER)).toBe('台账条目不能删除 / Ledger entries cannot be deleted');
    expect(refusal({ ...merged, _deleted: true, mergedInto: 'latest' }, loser, OFFICE)).toBe('台账条目不能删除 / Ledger entries cannot be deleted');
  });
});
