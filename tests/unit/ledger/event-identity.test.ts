import { describe, expect, it } from 'vitest';
import { assign, markReplied } from '@/utils/ledger/actions';
import { deviceId } from '@/utils/ledger/device-id';
import { ctxAt, ledgerWith } from './helpers';

describe('events written by this browser', () => {
  it('each get a unique uid, the next seq of their entry and this profile’s device id', async () => {
    const { db, keys } = await ledgerWith('2026-11-24 09:00', 98, 99);
    await assign(db, keys[0]!, '市政所', ctxAt('2026-11-24 09:30'));
    await markReplied(db, keys[0]!, 'http://127.0.0.1:8080/forum.php?mod=viewthread&tid=24#pid120', undefined, ctxAt('2026-11-24 10:00'));
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((e) => [e.key, e.type, e.seq])).toEqual([
      [keys[0], 'capture', 1],
      [keys[1], 'capture', 1],
      [keys[0], 'assign', 2],
      [keys[0], 'reply', 3],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
    const device = await deviceId();
    expect(device).toMatch(/^[0-9a-f-]{36}$/);
    expect(events.every((e) => e.device === device)).toBe(true);
  });
});
