import { describe, expect, it } from 'vitest';
import type { SeenPost } from '../../../utils/messages';
import type { StaffMember } from '../../../utils/settings/types';
import { SuggestDb } from '../../../utils/suggest/sample-db';
import { addToSeenSample } from '../../../utils/suggest/seen-sample';
import { suggestionInputs } from '../../../utils/suggest/inputs';
import { LedgerDb } from '../../../utils/ledger/db';
import { captureEntry } from '../../../utils/ledger/capture';
import { post as capturePayload } from '../ledger/helpers';

const SITE = '127.0.0.1:8080';
let counter = 0;
const fresh = () => `test-suggest-${Date.now()}-${counter++}`;

function seen(pid: number, text: string, author = '高亭阿强', authorUid: string | null = '6'): SeenPost {
  return { key: `${SITE}/t24/p${pid}`, site: SITE, tid: '24', pid: String(pid), floor: pid, order: pid, author, authorUid, postedAt: null, permalink: `http://${SITE}/t24#pid${pid}`, text };
}

const STAFF: StaffMember[] = [{ id: 's1', person: '小王', department: '城建科', phone: '', accounts: [{ site: '127.0.0.1:*', name: '岱山建设', uid: '1' }], official: true }];

describe('seen-post sample', () => {
  it('keeps at most its cap of posts, dropping the longest unseen; a post seen again counts as new', async () => {
    const db = new SuggestDb(fresh());
    await addToSeenSample(db, [seen(1, '沥青路面'), seen(2, '晚上散步')], [], 1000, 3);
    await addToSeenSample(db, [seen(3, '天气不错'), seen(1, '沥青路面')], [], 2000, 3);
    await addToSeenSample(db, [seen(4, '春节快乐')], [], 3000, 3);
    expect((await db.seen.toCollection().primaryKeys()).sort()).toEqual([`${SITE}/t24/p1`, `${SITE}/t24/p3`, `${SITE}/t24/p4`]);
    expect((await db.seen.get(`${SITE}/t24/p1`))?.words).toEqual(['沥青', '路面']);
  });

  it('leaves out posts by staff accounts and posts without words', async () => {
    const db = new SuggestDb(fresh());
    await addToSeenSample(db, [seen(1, '感谢关注，已安排维修', '岱山建设', '1'), seen(2, '顶'), seen(3, '晚上散步')], STAFF);
    expect(await db.seen.toCollection().primaryKeys()).toEqual([`${SITE}/t24/p3`]);
  });

  it('weighs captured entries by their title and excerpt, and counts a seen post as not captured only while the ledger lacks it', async () => {
    const sample = new SuggestDb(fresh());
    const ledger = new LedgerDb(fresh());
    const ctx = { now: new Date('2026-11-12T08:00:00+08:00'), actor: '值班员小张', dueFor: () => null, departmentFor: () => null };
    await captureEntry(ledger, { ...capturePayload(98), title: '化粪池', excerpt: '沥青路面' }, ctx);
    await addToSeenSample(sample, [seen(98, '化粪池'), seen(99, '天气不错')], []);
    const inputs = await suggestionInputs(ledger, sample);
    expect(inputs.captured).toEqual([{ words: ['化粪池', '沥青', '路面'], topics: ['municipal_maintenance'] }]);
    expect(inputs.uncaptured).toEqual([['天气', '不错']]);
  });

  it("counts a thread's title once however many of its posts are captured", async () => {
    const ledger = new LedgerDb(fresh());
    const ctx = { now: new Date('2026-11-12T08:00:00+08:00'), actor: '值班员小张', dueFor: () => null, departmentFor: () => null };
    for (const pid of [98, 99]) await captureEntry(ledger, { ...capturePayload(pid), title: '化粪池', excerpt: '晚上散步' }, ctx);
    const inputs = await suggestionInputs(ledger, new SuggestDb(fresh()));
    expect(inputs.captured.map((doc) => doc.words).sort()).toEqual([['化粪池', '晚上', '散步'], ['晚上', '散步']]);
  });
});
