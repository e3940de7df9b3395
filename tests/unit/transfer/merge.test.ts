import { describe, expect, it } from 'vitest';
import type { LedgerEntry, LedgerEvent } from '@/utils/ledger/types';
import { mergeLedgers, type LedgerData } from '@/utils/transfer/merge';
import * as v from 'valibot';
import { eventsSchema } from '@/utils/transfer/schema-ledger';
import { makeEntry, reply } from '../../support/entry';
import { at, event, NOW } from '../ledger/history';

const merge = (ours: LedgerData, theirs: LedgerData) => mergeLedgers(ours, theirs, { now: NOW, device: 'pc-ours' });
const historyOf = (events: readonly LedgerEvent[], key: string) => events.filter((e) => e.key === key);

describe('mergeLedgers: no rollback', () => {
  const captured = makeEntry({ updatedAt: at('09:00') });
  const capture = event(captured.key, 1, '09:00', 'capture', { to: 'new' });
  const ourReply = event(captured.key, 2, '10:00', 'reply', { from: 'new', to: 'replied' });
  const replied: LedgerEntry = { ...captured, status: 'replied', reply: reply(at('10:00')), updatedAt: at('10:00') };

  it('our 已回复 and their later note: stays replied, with both events', () => {
    const theirNote = event(captured.key, 2, '11:00', 'note', { note: '同事看过了', device: 'pc-theirs' });
    const result = merge(
      { entries: [replied], events: [capture, ourReply] },
      { entries: [{ ...captured, updatedAt: at('11:00') }], events: [capture, theirNote] },
    );
    expect(result.entries[0]).toMatchObject({ status: 'replied', reply: replied.reply });
    expect(result.addedEvents).toEqual([theirNote]);
    expect(historyOf(result.events, captured.key).map((e) => e.uid).sort()).toEqual([capture.uid, ourReply.uid, theirNote.uid].sort());
  });

  it('their file dated 2099 with status 新登记 does not reopen our 已办结 entry', () => {
    const ourClose = event(captured.key, 3, '11:00', 'status', { from: 'replied', to: 'closed' });
    const closed: LedgerEntry = { ...replied, status: 'closed', updatedAt: at('11:00') };
    const future = '2099-01-01T09:00:00+08:00';
    const result = merge(
      { entries: [closed], events: [capture, ourReply, ourClose] },
      { entries: [{ ...captured, updatedAt: future }], events: [capture, event(captured.key, 2, future, 'note', { note: '时钟错了' })] },
    );
    expect(result.entries[0]?.status).toBe('closed');
    expect(result.entries[0]?.updatedAt).toBe(at('11:00'));
  });

  it('their later assignment and our reply: replied, handled by the department they assigned', () => {
    const theirAssign = event(captured.key, 2, '10:30', 'assign', { from: 'new', to: 'assigned', note: '分派给城管科', device: 'pc-theirs' });
    const result = merge(
      { entries: [replied], events: [capture, ourReply] },
      { entries: [{ ...captured, status: 'assigned', department: '城管科', updatedAt: at('10:30') }], events: [capture, theirAssign] },
    );
    expect(result.entries[0]).toMatchObject({ status: 'replied', department: '城管科', reply: replied.reply });
  });
});

describe('mergeLedgers: 抄告单 numbers issued on two PCs', () => {
  const escalation = (memoNo: string) => ({ at: at('10:00'), memoNo, department: '城建科', summary: '路面下沉', instruction: '' });
  const ours = makeEntry({ status: 'escalated', escalation: escalation('2026-003') });
  const theirs = makeEntry({ status: 'escalated', escalation: escalation('2026-003') });
  const oursData: LedgerData = {
    entries: [ours, makeEntry({ status: 'escalated', escalation: escalation('2026-002') })],
    events: [event(ours.key, 1, '09:00', 'capture'), event(ours.key, 2, '10:00', 'status', { from: 'new', to: 'escalated' })],
  };
  const theirsData: LedgerData = {
    entries: [theirs],
    events: [event(theirs.key, 1, '09:00', 'capture'), event(theirs.key, 2, '10:00', 'status', { from: 'new', to: 'escalated' })],
  };

  it('gives their entry the next free number of the year and notes the change in its history', () => {
    const result = merge(oursData, theirsData);
    expect(result.entries.find((e) => e.key === ours.key)?.escalation?.memoNo).toBe('2026-003');
    expect(result.entries.find((e) => e.key === theirs.key)?.escalation?.memoNo).toBe('2026-004');
    expect(historyOf(result.addedEvents, theirs.key).at(-1)).toMatchObject({
      type: 'note',
      seq: 3,
      device: 'pc-ours',
      note: '抄告单编号 2026-003 与另一条记录重复，改为 2026-004',
    });
  });

  it('merging the same file again renumbers nothing more', () => {
    const first = merge(oursData, theirsData);
    const again = merge({ entries: first.entries, events: first.events }, theirsData);
    expect(again.summary).toEqual({ added: 0, updated: 0, unchanged: 1, events_added: 0 });
  });
});

describe('mergeLedgers', () => {
  const shared = makeEntry({ status: 'assigned', department: '城建科', updatedAt: at('09:10') });
  const onlyTheirs = makeEntry({ title: '同事登记的帖子' });
  const oursEvents: LedgerEvent[] = [
    { id: 1, ...event(shared.key, 1, '09:00', 'capture') },
    { id: 2, ...event(shared.key, 2, '09:10', 'assign', { from: 'new', to: 'assigned' }) },
  ];

  it('adds new entries and the events we lack (without database ids), and counts what it did', () => {
    const result = merge(
      { entries: [shared], events: oursEvents },
      { entries: [shared, onlyTheirs], events: [{ ...oursEvents[0]!, id: 7 }, event(onlyTheirs.key, 1, '09:40', 'capture')] },
    );
    expect(result.summary).toEqual({ added: 1, updated: 0, unchanged: 1, events_added: 1 });
    expect(result.entries).toEqual([shared, onlyTheirs]);
    expect(result.changedEntries).toEqual([onlyTheirs]);
    expect(result.addedEvents).toEqual([event(onlyTheirs.key, 1, '09:40', 'capture')]);
    expect(result.events).toHaveLength(3);
  });

  it('does not double the events of previous-version files that both PCs hold', () => {
    // Two files exported before events had a uid: the same capture on both PCs, one note only theirs.
    const legacyFile = (events: object[]): LedgerData => ({ entries: [shared], events: v.parse(eventsSchema, events) });
    const legacyCapture = { key: shared.key, at: at('09:00'), actor: '值班员', type: 'capture', to: 'new' };
    const ours = legacyFile([legacyCapture]);
    // Their copy of the same event was written in UTC: still the same event.
    const theirs = legacyFile([{ ...legacyCapture, at: '2026-03-02T01:00:00Z' }, { key: shared.key, at: at('10:00'), actor: '同事', type: 'note', note: '看过了' }]);
    const result = merge(ours, theirs);
    expect(result.summary.events_added).toBe(1);
    expect(result.events.map((e) => e.type)).toEqual(['capture', 'note']);
  });

  it('does not change its inputs', () => {
    const ours = { entries: [shared], events: [...oursEvents] };
    const snapshot = structuredClone(ours);
    merge(ours, { entries: [{ ...shared, status: 'replied', reply: reply(at('10:00')) }, onlyTheirs], events: [event(onlyTheirs.key, 1, '09:40', 'capture')] });
    expect(ours).toEqual(snapshot);
  });
});
