import { describe, expect, it } from 'vitest';
import { addNote } from '../../../utils/ledger/actions';
import { applyPulled } from '../../../utils/ledger/apply-pulled';
import { LedgerDb } from '../../../utils/ledger/db';
import { confirmSynced, handToSync } from '../../../utils/ledger/outbox';
import type { EntryVersion } from '../../../utils/ledger/merge-entry';
import { ctxAt, ledgerWith, sh } from './helpers';
import { freshDb } from '../../support/ledger-db';

/** The local version as the server holds it, plus an event another PC added. */
async function withColleagueNote(db: LedgerDb, key: string, seq: number): Promise<EntryVersion> {
  const entry = (await db.entries.get(key))!;
  const events = (await db.events.where('key').equals(key).toArray()).map(({ id: _id, ...e }) => e);
  const note = { key, uid: `colleague-${seq}`, seq, device: 'pc-colleague', at: '2026-11-12T09:30:00+08:00', actor: '城建科小王', type: 'note' as const, note: '已派人查看' };
  return { entry, events: [...events, note] };
}

describe('applying pulled entries', () => {
  it("an entry new here is stored with the server's history and does not go back to the server", async () => {
    const { db: source, keys } = await ledgerWith('2026-11-12 08:30', 7);
    const pulled = await withColleagueNote(source, keys[0]!, 2);
    const db = freshDb();
    await applyPulled(db, [pulled], sh('2026-11-12 10:00'));
    expect(await db.entries.get(keys[0]!)).toEqual(pulled.entry);
    expect((await db.events.toArray()).map((e) => e.uid)).toEqual(pulled.events.map((e) => e.uid));
    expect(await db.outbox.count()).toBe(0);
  });

  it("a pulled event's seq orders the next local event after it", async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:30');
    const key = keys[0]!;
    await confirmSynced(db, await handToSync(db, 10));
    await applyPulled(db, [await withColleagueNote(db, key, 5)], sh('2026-11-12 10:00'));
    expect(await db.outbox.count()).toBe(0);
    await addNote(db, key, '办公室已回电', ctxAt('2026-11-12 10:05'));
    const mine = (await db.events.where('key').equals(key).toArray()).find((e) => e.note === '办公室已回电');
    expect(mine?.seq).toBe(6);
  });

  it('a local change the server lacks is merged with the pulled copy and goes back into the outbox', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:30');
    const key = keys[0]!;
    const server = await withColleagueNote(db, key, 2);
    await confirmSynced(db, await handToSync(db, 10));
    await addNote(db, key, '办公室已回电', ctxAt('2026-11-12 09:40'));
    const [changed] = await applyPulled(db, [server], sh('2026-11-12 10:00'));
    expect(changed?.sendBack).toBe(true);
    const notes = (await db.events.where('key').equals(key).toArray()).map((e) => e.note).filter(Boolean);
    expect(notes.sort()).toEqual(['办公室已回电', '已派人查看']);
    expect((await db.outbox.toArray()).map((row) => row.key)).toEqual([key]);
  });
});
