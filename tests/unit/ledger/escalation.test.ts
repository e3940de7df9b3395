import { describe, expect, it } from 'vitest';
import { escalate, setInstruction } from '../../../utils/ledger/actions';
import { formatMemoNo, parseMemoNo } from '../../../utils/ledger/memo-number';
import { ctxAt, ledgerWith } from './helpers';

describe('escalation with a 网络舆情抄告单', () => {
  it('numbers memos per year: 2026-001, 2026-002, then 2027-001', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99, 100);
    const first = await escalate(db, keys[0]!, '路面塌陷', '市政所', ctxAt('2026-11-12 09:00'));
    const second = await escalate(db, keys[1]!, '路面塌陷（续）', null, ctxAt('2026-12-31 23:59'));
    // 2027-01-01 00:00 Shanghai is still 2026 in UTC: the year is the Shanghai one.
    const third = await escalate(db, keys[2]!, '新年第一份', null, ctxAt('2027-01-01 00:05'));
    expect([first, second, third].map((e) => e.escalation?.memoNo)).toEqual(['2026-001', '2026-002', '2027-001']);
  });

  it('continues after the highest number of the year, beyond 999', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99);
    await db.entries.update(keys[0]!, {
      escalation: { at: '2026-03-01T09:00:00+08:00', memoNo: '2026-999', department: null, summary: '旧', instruction: '' },
    });
    const entry = await escalate(db, keys[1]!, '第一千份', null, ctxAt('2026-11-12 09:00'));
    expect(entry.escalation?.memoNo).toBe('2026-1000');
  });

  it('keeps memo numbers unique when two entries are escalated at once', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99, 100, 105);
    const done = await Promise.all(keys.map((key) => escalate(db, key, '同时上报', null, ctxAt('2026-11-12 09:00'))));
    expect(new Set(done.map((e) => e.escalation?.memoNo)).size).toBe(4);
  });

  it('sets the reply deadline to 3 working days after the escalation, across National Day and the make-up Saturday', async () => {
    const { db, keys } = await ledgerWith('2026-09-30 08:00');
    const entry = await escalate(db, keys[0]!, '国庆前上报', '城建科', ctxAt('2026-09-30 10:00'));
    // 10-01…10-07 are off; 10-08 (Thu), 10-09 (Fri), 10-10 (a working Saturday).
    expect(entry.dueAt).toBe('2026-10-10T17:30:00+08:00');
    expect(entry.status).toBe('escalated');
    expect(entry.department).toBe('城建科');
    expect(entry.escalation).toEqual({ at: '2026-09-30T10:00:00+08:00', memoNo: '2026-001', department: '城建科', summary: '国庆前上报', instruction: '' });
  });

  it('follows the escalation days of the topic policy', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    const ctx = ctxAt('2026-11-12 10:00');
    ctx.settings.sla.perTopic.municipal_maintenance = { escalationDays: 1 };
    const entry = await escalate(db, keys[0]!, '市政维护', null, ctx);
    expect(entry.dueAt).toBe('2026-11-13T17:30:00+08:00');
  });

  it('needs a summary', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await expect(escalate(db, keys[0]!, ' ', null, ctxAt('2026-11-12 10:00'))).rejects.toThrow('请填写抄告单的情况摘要');
  });

  it('keeps the leader instruction (批示) and records it', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await escalate(db, keys[0]!, '路面塌陷', '市政所', ctxAt('2026-11-12 09:00'));
    const entry = await setInstruction(db, keys[0]!, '请市政所今天到现场查看，明天答复。\n', ctxAt('2026-11-12 11:00', '办公室主任'));
    expect(entry.escalation?.instruction).toBe('请市政所今天到现场查看，明天答复。');
    expect(entry.status).toBe('escalated');
    const last = await db.events.where('key').equals(keys[0]!).last();
    expect(last).toMatchObject({ actor: '办公室主任', type: 'note', note: '领导批示（2026-001）：请市政所今天到现场查看，明天答复。' });
  });

  it('records typing the instruction in several saves as one edit in the history', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await escalate(db, keys[0]!, '路面塌陷', '市政所', ctxAt('2026-11-12 09:00'));
    const count = () => db.events.where('key').equals(keys[0]!).count();
    const before = await count();
    await setInstruction(db, keys[0]!, '请市政', ctxAt('2026-11-12 11:00', '办公室主任'));
    await setInstruction(db, keys[0]!, '请市政所今天到现场', ctxAt('2026-11-12 11:01', '办公室主任'));
    expect(await count()).toBe(before + 1);
    expect((await db.events.where('key').equals(keys[0]!).last())?.note).toBe('领导批示（2026-001）：请市政所今天到现场');
    // Later, or by someone else, it is a new step.
    await setInstruction(db, keys[0]!, '同意', ctxAt('2026-11-12 14:00', '办公室主任'));
    await setInstruction(db, keys[0]!, '同意，抓紧', ctxAt('2026-11-12 14:01', '分管局长'));
    expect(await count()).toBe(before + 3);
  });

  it('refuses an instruction without a memo', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await expect(setInstruction(db, keys[0]!, '同意', ctxAt('2026-11-12 11:00'))).rejects.toThrow('没有抄告单');
  });

  it.each([
    [2026, 7, '2026-007'],
    [2027, 123, '2027-123'],
    [2027, 1234, '2027-1234'],
  ])('formats year %i number %i as %s and reads it back', (year, sequence, text) => {
    expect(formatMemoNo(year, sequence)).toBe(text);
    expect(parseMemoNo(text)).toEqual({ year, sequence });
  });
});
