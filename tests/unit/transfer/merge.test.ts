import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '@/utils/ledger/types';
import { mergeLedgers } from '@/utils/transfer/merge';
import { makeEntry, reply } from '../stats/make-entry';

const at = (hh: string) => `2026-03-02T${hh}:00+08:00`;
const ev = (key: string, time: string, type: LedgerEvent['type'], extra: Partial<LedgerEvent> = {}): LedgerEvent => ({
  key,
  at: at(time),
  actor: '值班员',
  type,
  ...extra,
});

describe('mergeLedgers', () => {
  const shared = makeEntry({ status: 'assigned', department: '城建科', updatedAt: at('09:10') });
  const onlyOurs = makeEntry();
  const onlyTheirs = makeEntry({ title: '同事登记的帖子' });
  const oursEvents: LedgerEvent[] = [
    { id: 1, ...ev(shared.key, '09:00', 'capture') },
    { id: 2, ...ev(shared.key, '09:10', 'status', { from: 'new', to: 'assigned' }) },
    { id: 3, ...ev(onlyOurs.key, '09:30', 'capture') },
  ];

  it('adds new entries, lets the entry with the newer latest event win, and unions events', () => {
    const theirsShared = { ...shared, status: 'replied' as const, reply: reply(at('10:00')), updatedAt: at('10:00') };
    const result = mergeLedgers(
      { entries: [shared, onlyOurs], events: oursEvents },
      {
        entries: [theirsShared, onlyTheirs],
        events: [
          { id: 1, ...ev(shared.key, '09:00', 'capture') }, // same event as ours, other database id
          ev(shared.key, '10:00', 'status', { from: 'assigned', to: 'replied', actor: '岱山建设' }),
          ev(onlyTheirs.key, '09:40', 'capture'),
        ],
      },
    );
    expect(result.summary).toEqual({ added: 1, updated: 1, unchanged: 0, events_added: 2 });
    expect(result.entries.map((e) => e.key)).toEqual([shared.key, onlyOurs.key, onlyTheirs.key]);
    expect(result.entries[0]).toEqual(theirsShared);
    expect(result.changedEntries).toEqual([theirsShared, onlyTheirs]);
    expect(result.addedEvents.map((e) => [e.key, e.at])).toEqual([
      [shared.key, at('10:00')],
      [onlyTheirs.key, at('09:40')],
    ]);
    expect(result.addedEvents.every((e) => e.id === undefined)).toBe(true);
    expect(result.events).toHaveLength(5);
  });

  it('keeps ours when our latest event is newer, but still takes their history', () => {
    const theirsOld = { ...shared, status: 'new' as const, department: null, updatedAt: at('09:00') };
    const result = mergeLedgers(
      { entries: [shared], events: oursEvents },
      { entries: [theirsOld], events: [ev(shared.key, '09:00', 'capture'), ev(shared.key, '09:05', 'note', { note: '先看看' })] },
    );
    expect(result.summary).toEqual({ added: 0, updated: 0, unchanged: 1, events_added: 1 });
    expect(result.entries[0]).toBe(shared);
    expect(result.changedEntries).toEqual([]);
  });

  it('keeps what only the losing side recorded: its promised fixes and its escalation', () => {
    const fix = { id: 'f1', text: '三天内补好路面', dueAt: at('18:00'), doneAt: null };
    const escalation = { at: at('08:00'), memoNo: '2026-004', department: '市政所', summary: '路面下沉', instruction: '' };
    const oursWithFix = { ...shared, fixes: [fix], escalation };
    const theirsNewer = { ...shared, status: 'replied' as const, reply: reply(at('10:00')), updatedAt: at('10:00') };
    const result = mergeLedgers(
      { entries: [oursWithFix], events: oursEvents },
      { entries: [theirsNewer], events: [ev(shared.key, '10:00', 'status', { from: 'assigned', to: 'replied' })] },
    );
    expect(result.entries[0]).toMatchObject({ status: 'replied', fixes: [fix], escalation });
    expect(result.summary.updated).toBe(1);
  });

  it('decides by the latest event, not by updatedAt', () => {
    // Theirs was touched later without an event, ours has the later event: ours wins.
    const theirs = { ...shared, status: 'closed' as const, updatedAt: at('23:00') };
    const result = mergeLedgers({ entries: [shared], events: oursEvents }, { entries: [theirs], events: [ev(shared.key, '09:05', 'status')] });
    expect(result.entries[0]?.status).toBe('assigned');
  });

  it('on equal event times the later updatedAt wins, then ours', () => {
    const events = [ev(shared.key, '09:10', 'status')];
    const later = { ...shared, title: '改过的标题', updatedAt: at('09:20') };
    expect(mergeLedgers({ entries: [shared], events }, { entries: [later], events }).entries[0]?.title).toBe('改过的标题');
    const same = { ...shared, title: '另一个标题' };
    expect(mergeLedgers({ entries: [shared], events }, { entries: [same], events }).entries[0]).toBe(shared);
  });

  it('counts an identical newer copy as unchanged', () => {
    const copy = structuredClone(shared);
    const result = mergeLedgers({ entries: [shared], events: [] }, { entries: [copy], events: [ev(shared.key, '12:00', 'note', { note: 'x' })] });
    expect(result.summary).toEqual({ added: 0, updated: 0, unchanged: 1, events_added: 1 });
  });

  it('collapses duplicates inside their file and their repeated events', () => {
    const dupOld = { ...onlyTheirs, status: 'new' as const, updatedAt: at('09:00') };
    const dupNew = { ...onlyTheirs, status: 'assigned' as const, updatedAt: at('11:00') };
    const capture = ev(onlyTheirs.key, '09:00', 'capture');
    const result = mergeLedgers({ entries: [], events: [] }, { entries: [dupNew, dupOld], events: [capture, { ...capture }, { ...capture, note: '不同' }] });
    expect(result.summary).toEqual({ added: 1, updated: 0, unchanged: 0, events_added: 2 });
    expect(result.entries).toEqual([dupNew]);
  });

  it('treats the same event written in another zone as a duplicate', () => {
    const ours = [ev(shared.key, '09:00', 'capture')];
    const theirs: LedgerEvent[] = ours.map((e) => ({ ...e, at: '2026-03-02T01:00:00Z' }));
    expect(mergeLedgers({ entries: [shared], events: ours }, { entries: [shared], events: theirs }).summary.events_added).toBe(0);
  });

  it('does not change its inputs', () => {
    const ours = { entries: [shared], events: [...oursEvents] };
    const snapshot = structuredClone(ours);
    mergeLedgers(ours, { entries: [onlyTheirs], events: [ev(onlyTheirs.key, '09:40', 'capture')] });
    expect(ours).toEqual(snapshot);
  });
});
