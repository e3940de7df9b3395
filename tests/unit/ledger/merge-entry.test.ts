import { describe, expect, it } from 'vitest';
import { mergeEntry, type EntryVersion } from '@/utils/ledger/merge-entry';
import type { LedgerEntry, LedgerEvent } from '@/utils/ledger/types';
import { makeEntry, reply } from '../../support/entry';
import { at, event, NOW } from './history';

const base = makeEntry({ dueAt: at('17:30'), updatedAt: at('09:00') });
const key = base.key;
const capture = event(key, 1, '09:00', 'capture', { to: 'new' });
const theirs = (seq: number, time: string, type: LedgerEvent['type'], extra: Partial<LedgerEvent> = {}) =>
  event(key, seq, time, type, { device: 'pc-theirs', actor: '同事', ...extra });

function version(overrides: Partial<LedgerEntry>, ...events: LedgerEvent[]): EntryVersion {
  return { entry: { ...base, ...overrides }, events: [capture, ...events] };
}

/** Merges both ways round; the result must not depend on which side is ours. */
function merged(a: EntryVersion, b: EntryVersion) {
  const one = mergeEntry(a, b, NOW);
  expect(mergeEntry(b, a, NOW)).toEqual(one);
  return one;
}

describe('mergeEntry: status', () => {
  it('orders the united history by seq, then time, then uid, whatever the clocks say', () => {
    const ourNote = event(key, 2, '2099-01-01T00:00:00+08:00', 'note', { note: '时钟快了' });
    const theirNote = theirs(2, '10:00', 'note', { note: '看过了' });
    const ourLater = event(key, 3, '08:00', 'note', { note: '时钟慢了' });
    const { events } = merged(version({}, ourNote, ourLater), version({}, theirNote));
    expect(events.map((e) => e.note ?? e.type)).toEqual(['capture', '看过了', '时钟快了', '时钟慢了']);
  });

  it('a concurrent change moves the entry only forward: their 已上报 beats our 办理中 made at the same step', () => {
    const ours = version({ status: 'in_progress' }, event(key, 2, '09:30', 'status', { from: 'new', to: 'in_progress' }));
    const them = version({ status: 'escalated' }, theirs(2, '10:00', 'status', { from: 'new', to: 'escalated' }));
    expect(merged(ours, them).entry.status).toBe('escalated');
  });

  it('a concurrent change back down the workflow stays in the history but does not move the status', () => {
    const shared = [event(key, 2, '10:00', 'reply', { from: 'new', to: 'replied' })];
    const ours = version({ status: 'follow_up', reply: reply(at('10:00')) }, ...shared, event(key, 3, '11:00', 'fix', { from: 'replied', to: 'follow_up' }));
    const them = version({ status: 'in_progress', reply: reply(at('10:00')), newFollowUp: true }, ...shared, theirs(3, '12:00', 'followup', { from: 'replied', to: 'in_progress' }));
    const result = merged(ours, them);
    expect(result.entry).toMatchObject({ status: 'follow_up', newFollowUp: false });
    expect(result.events).toHaveLength(4);
  });

  it('a change made after seeing the other side applies, even back down the workflow (reopened after 办结)', () => {
    const shared = [event(key, 2, '10:00', 'reply', { from: 'new', to: 'replied' }), event(key, 3, '11:00', 'status', { from: 'replied', to: 'closed' })];
    const ours = version({ status: 'closed', reply: reply(at('10:00')) }, ...shared);
    const them = version({ status: 'follow_up', reply: reply(at('10:00')) }, ...shared, theirs(4, '12:00', 'status', { from: 'closed', to: 'follow_up', note: '重新打开' }));
    expect(merged(ours, them).entry.status).toBe('follow_up');
  });

  it('a side whose history lacks its status changes still counts with its status', () => {
    const ours = { entry: { ...base, status: 'replied' as const, reply: reply(at('10:00')) }, events: [] };
    expect(merged(ours, version({})).entry.status).toBe('replied');
  });
});

describe('mergeEntry: fields', () => {
  it('two replies: the later one stands, the earlier one is the first reply', () => {
    const ours = version({ status: 'replied', reply: reply(at('10:00'), { pid: '1' }) }, event(key, 2, '10:00', 'reply', { from: 'new', to: 'replied' }));
    const them = version({ status: 'replied', reply: reply(at('11:00'), { pid: '2' }) }, theirs(2, '11:00', 'reply', { from: 'new', to: 'replied' }));
    expect(merged(ours, them).entry.reply).toEqual({ ...reply(at('11:00'), { pid: '2' }), firstAt: at('10:00') });
  });

  it('fixes are united by id and done when either side finished them', () => {
    const fix = (id: string, doneAt: string | null = null) => ({ id, text: `整改 ${id}`, dueAt: at('17:00'), doneAt });
    const ours = version({ fixes: [fix('a', at('15:00')), fix('b')] });
    const them = version({ fixes: [fix('a'), fix('c')] });
    expect(merged(ours, them).entry.fixes).toEqual([fix('a', at('15:00')), fix('b'), fix('c')]);
  });

  it('the newer draft, with an approval only when that approval is of the same text', () => {
    const draft = (text: string, savedAt: string, approvedAt: string | null = null) => ({
      text,
      savedAt: at(savedAt),
      approvalRequestedAt: null,
      approvedBy: approvedAt ? '科长' : null,
      approvedAt: approvedAt ? at(approvedAt) : null,
    });
    expect(merged(version({ draft: draft('稿一', '10:00') }), version({ draft: draft('稿一', '10:00', '10:30') })).entry.draft).toEqual(draft('稿一', '10:00', '10:30'));
    expect(merged(version({ draft: draft('稿二', '11:00') }), version({ draft: draft('稿一', '10:00', '10:30') })).entry.draft).toEqual(draft('稿二', '11:00'));
  });

  it('two concurrent escalations: the causally first stands; a later one made after seeing it replaces it', () => {
    const memo = (memoNo: string, time: string) => ({ at: at(time), memoNo, department: null, summary: '路面下沉', instruction: '' });
    const ourEscalation = event(key, 2, '10:00', 'status', { from: 'new', to: 'escalated' });
    const ours = version({ status: 'escalated', escalation: memo('2026-003', '10:00') }, ourEscalation);
    const concurrent = version({ status: 'escalated', escalation: memo('2026-009', '10:20') }, theirs(2, '10:20', 'status', { from: 'new', to: 'escalated' }));
    expect(merged(ours, concurrent).entry.escalation?.memoNo).toBe('2026-003');
    const again = version(
      { status: 'escalated', escalation: memo('2026-009', '14:00') },
      ourEscalation,
      theirs(3, '11:00', 'assign', { from: 'escalated', to: 'assigned' }),
      theirs(4, '14:00', 'status', { from: 'assigned', to: 'escalated' }),
    );
    expect(merged(ours, again).entry.escalation?.memoNo).toBe('2026-009');
  });

  it('title and excerpt from the latest capture; deadline and pause from the side whose status the merge reached', () => {
    const ours = version({ title: '新标题', status: 'in_progress', pausedAt: at('11:00') }, event(key, 2, '09:30', 'status', { from: 'new', to: 'in_progress' }), event(key, 3, '12:00', 'update', { note: '重新登记' }));
    const them = version({ status: 'replied', reply: reply(at('10:00')), dueAt: at('16:00') }, theirs(2, '10:00', 'reply', { from: 'new', to: 'replied' }));
    expect(merged(ours, them).entry).toMatchObject({ title: '新标题', status: 'replied', dueAt: at('16:00'), pausedAt: null });
  });
});

describe('mergeEntry: symmetry', () => {
  it('gives the same entry and history whichever side is ours, with every field different on the two sides', () => {
    const fix = (id: string, doneAt: string | null) => ({ id, text: `整改 ${id}`, dueAt: at('17:00'), doneAt });
    const draft = (text: string, savedAt: string) => ({ text, savedAt: at(savedAt), approvalRequestedAt: null, approvedBy: null, approvedAt: null });
    const memo = (memoNo: string, time: string) => ({ at: at(time), memoNo, department: '城建科', summary: '路面下沉', instruction: '' });
    const ours = version(
      { title: '我们的标题', status: 'replied', department: '城建科', reply: reply(at('11:00')), fixes: [fix('a', null)], draft: draft('稿一', '10:50'), escalation: memo('2026-003', '10:00'), updatedAt: at('11:00') },
      event(key, 2, '10:00', 'status', { from: 'new', to: 'escalated' }),
      event(key, 3, '11:00', 'reply', { from: 'escalated', to: 'replied' }),
    );
    const them = version(
      { title: '同事的标题', status: 'assigned', department: '城管科', fixes: [fix('a', at('16:00')), fix('b', null)], draft: draft('稿二', '12:00'), escalation: memo('2026-008', '09:40'), pausedAt: at('12:30'), updatedAt: at('12:30') },
      theirs(2, '09:40', 'status', { from: 'new', to: 'escalated' }),
      theirs(3, '12:00', 'assign', { from: 'escalated', to: 'assigned', note: '分派给城管科' }),
      theirs(4, '12:10', 'update', { note: '重新登记' }),
      theirs(5, '12:30', 'pause', { note: '等规划科答复' }),
    );
    expect(merged(ours, them).entry).toMatchObject({
      status: 'replied',
      title: '同事的标题',
      department: '城管科',
      fixes: [fix('a', at('16:00')), fix('b', null)],
      draft: draft('稿二', '12:00'),
      escalation: memo('2026-008', '09:40'),
      pausedAt: null,
      updatedAt: at('12:30'),
    });
  });
});
