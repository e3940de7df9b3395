import { beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDb } from '../../../utils/ledger/db';
import { addNote, escalate, setInstruction } from '../../../utils/ledger/actions';
import { confirmSynced, handToSync, markRefused, noteChange } from '../../../utils/ledger/outbox';
import { ctxAt, ledgerWith } from './helpers';

let db: LedgerDb;
let key: string;

beforeEach(async () => {
  ({ db, keys: [key] } = (await ledgerWith('2026-11-12 08:30')) as { db: LedgerDb; keys: [string] });
});

const pending = async () => (await db.outbox.toArray()).map((row) => row.key);

describe('outbox bookkeeping', () => {
  it('a capture waits in the outbox until the server confirmed the version it was given', async () => {
    expect(await pending()).toEqual([key]);
    const [handed] = await handToSync(db, 10);
    expect(handed!.local.entry.key).toBe(key);
    expect(handed!.local.events.map((e) => e.type)).toEqual(['capture']);
    await confirmSynced(db, [handed!]);
    expect(await pending()).toEqual([]);
  });

  it('a change made while a version was on its way keeps the entry in the outbox', async () => {
    const [handed] = await handToSync(db, 10);
    await addNote(db, key, '已电话联系', ctxAt('2026-11-12 09:00'));
    await confirmSynced(db, [handed!]);
    expect(await pending()).toEqual([key]);
  });

  it('a refused entry is not handed again until it changes here; a pulled change leaves the refusal', async () => {
    const [handed] = await handToSync(db, 10);
    await markRefused(db, handed!, '只有局办公室可以办结条目');
    expect(await handToSync(db, 10)).toEqual([]);
    await db.transaction('rw', db.outbox, () => noteChange(db, key, null, true));
    expect(await handToSync(db, 10)).toEqual([]);
    expect((await db.outbox.get(key))?.refused).toBe('只有局办公室可以办结条目');
    await addNote(db, key, '补充说明', ctxAt('2026-11-12 09:10'));
    expect((await handToSync(db, 10)).map((h) => h.key)).toEqual([key]);
  });
});

describe('continued edits and the append-only server', () => {
  const instructions = async () =>
    (await db.events.where('key').equals(key).toArray()).filter((e) => e.note?.startsWith('领导批示')).map((e) => e.note);

  it('a 批示 typed in several saves is one event until it was handed to the sync; after that a new one', async () => {
    await escalate(db, key, '路面塌陷，需协调', '城建科', ctxAt('2026-11-12 09:00'));
    await setInstruction(db, key, '请城建科', ctxAt('2026-11-12 09:05'));
    await setInstruction(db, key, '请城建科今日处理', ctxAt('2026-11-12 09:06'));
    expect(await instructions()).toEqual(['领导批示（2026-001）：请城建科今日处理']);
    await handToSync(db, 10);
    await setInstruction(db, key, '请城建科今日处理并回复', ctxAt('2026-11-12 09:07'));
    expect(await instructions()).toEqual(['领导批示（2026-001）：请城建科今日处理', '领导批示（2026-001）：请城建科今日处理并回复']);
  });
});
