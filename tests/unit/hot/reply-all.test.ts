import { describe, expect, it } from 'vitest';
import { markAllReplied } from '@/utils/hot/reply-all';
import { assign, markReplied } from '@/utils/ledger/actions';
import type { LedgerDb } from '@/utils/ledger/db';
import { ctxAt, ledgerWith } from '../ledger/helpers';

const THREAD = 'http://127.0.0.1:8080/forum.php?mod=viewthread&tid=60';

const replyEvents = (db: LedgerDb, key: string) => db.events.where('key').equals(key).filter((e) => e.type === 'reply').toArray();

describe('markAllReplied (已在专帖回复)', () => {
  it('marks every grouped entry 已回复 with the 专帖 link: one reply event each, as a manual mark writes', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99, 100);
    const outcome = await markAllReplied(db, keys, ` ${THREAD} `, null, ctxAt('2026-11-12 10:00', '局办公室小李'));
    expect(outcome).toEqual({ replied: keys, skipped: [] });
    for (const key of keys) {
      const entry = (await db.entries.get(key))!;
      expect([entry.status, entry.reply?.url, entry.reply?.author, entry.reply?.at]).toEqual(['replied', THREAD, '局办公室小李', '2026-11-12T10:00:00+08:00']);
      const events = await replyEvents(db, key);
      expect(events.map((e) => [e.actor, e.from, e.to, e.note])).toEqual([['局办公室小李', 'new', 'replied', `「局办公室小李」已回复 ${THREAD}`]]);
    }
  });

  it('leaves an entry answered before as it is and says so', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99);
    await markReplied(db, keys[0]!, 'http://127.0.0.1:8080/forum.php?mod=viewthread&tid=24#pid105', undefined, ctxAt('2026-11-12 09:00'));
    const outcome = await markAllReplied(db, keys, THREAD, null, ctxAt('2026-11-12 10:00'));
    expect(outcome).toEqual({ replied: [keys[1]], skipped: [{ key: keys[0], reason: '已是「已回复」' }] });
    expect((await db.entries.get(keys[0]!))!.reply?.url).toMatch(/pid105$/);
    expect(await replyEvents(db, keys[0]!)).toHaveLength(1);
  });

  it('refuses a link that is not a plain http(s) address and changes nothing', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99);
    for (const bad of ['javascript:alert(1)', 'bbs.example.cn/thread-1', `${THREAD}\nhttp://evil.example`]) {
      await expect(markAllReplied(db, keys, bad, null, ctxAt('2026-11-12 10:00'))).rejects.toThrow(/专帖的链接/);
    }
    for (const key of keys) expect((await db.entries.get(key))!.status).toBe('new');
  });

  it("on the shared ledger a department member answers only the entries assigned to the member's department", async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99, 100);
    await assign(db, keys[0]!, '城建科', ctxAt('2026-11-12 08:30'));
    await assign(db, keys[1]!, '市政所', ctxAt('2026-11-12 08:30'));
    const member = ctxAt('2026-11-12 10:00', '城建科小王');
    const outcome = await markAllReplied(db, keys, THREAD, ['fw-member', 'fw-dept:城建科'], member);
    expect(outcome.replied).toEqual([keys[0]]);
    expect(outcome.skipped.map((s) => s.key)).toEqual([keys[1], keys[2]]);
    const office = await markAllReplied(db, keys, THREAD, ['fw-member', 'fw-office'], ctxAt('2026-11-12 10:05', '局办公室小李'));
    expect(office.replied).toEqual([keys[1], keys[2]]);
  });
});
