import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LedgerDb } from '@/utils/ledger/db';
import { checkManualForm, manualKey, saveManualEntry, NO_ADDRESS_SITE, type ManualForm, type ManualInput } from '@/utils/ledger/manual-entry';
import { threadEntries } from '@/utils/ledger/queries';
import { defaultSettings } from '@/utils/settings/defaults';
import { captureContext } from '@/utils/ledger/capture-context';
import { captureDue, slaContext } from '@/utils/deadline/sla';
import { keysOnSite, pageRequestProblem } from '@/utils/page-requests';
import { postKey } from '@/utils/sites/types';
import { toShanghaiISO, fromWall } from '@/utils/time/shanghai';
import { freshDb } from '../../support/ledger-db';

const NOW = fromWall(2026, 11, 24, 10, 0);
const settings = { ...defaultSettings(), user: { name: '值班员小张', department: '局办公室' } };
const ctx = () => captureContext(settings, NOW);
const road = defaultSettings().topics[0]!;

const input = (over: Partial<ManualInput> = {}): ManualInput => ({
  title: '沿港西路施工太慢',
  url: 'https://news.daishan.cn/minsheng/2026/1124/88.html',
  author: '岱山老百姓',
  postedAt: null,
  excerpt: '封路三个月了',
  topics: [road.id],
  ...over,
});

let db: LedgerDb;

describe('entries captured from anywhere (手工登记, context menu)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
  });

  it('captures the same address twice as one entry, updated, with a capture event by the named user', async () => {
    const first = await saveManualEntry(db, input(), ctx());
    const again = await saveManualEntry(db, input({ url: 'HTTPS://News.Daishan.cn:443/minsheng/2026/1124/88.html', excerpt: '又过了一周' }), ctx());
    expect(again.key).toBe(first.key);
    expect(await db.entries.count()).toBe(1);
    expect((await db.entries.get(first.key))!.excerpt).toBe('又过了一周');
    const events = await db.events.where('key').equals(first.key).sortBy('seq');
    expect(events.map((e) => [e.type, e.seq, e.actor])).toEqual([
      ['capture', 1, '值班员小张'],
      ['update', 2, '值班员小张'],
    ]);
    expect(events.every((e) => e.uid && e.device)).toBe(true);
  });

  it('keeps what the entry held when the address is captured again with less to say', async () => {
    const typed = await saveManualEntry(db, input(), ctx());
    const bare = await saveManualEntry(db, input({ title: '', author: '', excerpt: '', topics: [] }), ctx());
    expect(bare).toMatchObject({ key: typed.key, title: '沿港西路施工太慢', author: '岱山老百姓', excerpt: '封路三个月了', topics: [road.id] });
    const untitled = await saveManualEntry(db, input({ url: 'https://news.daishan.cn/c/9.html', title: '' }), ctx());
    expect(untitled.title).toBe('https://news.daishan.cn/c/9.html');
  });

  it('gives different addresses different keys, none of them a key a forum page can name', async () => {
    const a = await manualKey('https://bbs.daishan.cn/forum.php?mod=viewthread&tid=9');
    const b = await manualKey('https://bbs.daishan.cn/forum.php?mod=viewthread&tid=10');
    expect(a).not.toBe(b);
    expect(a).not.toBe(postKey('bbs.daishan.cn', '9', '1'));
    expect(keysOnSite([a, b], 'bbs.daishan.cn')).toEqual([]);
    expect(pageRequestProblem('pageDraft', { key: a, action: 'save', text: '草稿' }, 'bbs.daishan.cn')).toBe('帖子不属于当前网站');
  });

  it('is due by its topics like a captured post, goes to the first topic’s department, and stays out of thread lookups', async () => {
    const entry = await saveManualEntry(db, input({ url: 'http://bbs.daishan.cn/thread-9-1-1.html' }), ctx());
    expect(entry.dueAt).toBe(toShanghaiISO(captureDue(NOW, slaContext(settings, [road.id]))));
    expect(entry.department).toBe(road.department);
    expect(entry.site).toBe('bbs.daishan.cn');
    expect(entry.status).toBe('new');
    // Thread lookups (reply templates, staff-reply detection) name a thread; a page cannot name an empty one.
    expect(await threadEntries(db, 'bbs.daishan.cn', '9')).toEqual([]);
    expect(pageRequestProblem('threadSeen', { tid: '', posts: [] }, 'bbs.daishan.cn')).toBe('格式不对：threadSeen');
  });

  it('keeps each entry without an address apart, under 手工登记, with the department the user chose', async () => {
    const one = await saveManualEntry(db, input({ url: null }), ctx(), '市政所');
    const two = await saveManualEntry(db, input({ url: null }), ctx());
    expect(one.key).not.toBe(two.key);
    expect([one.site, one.url, one.department]).toEqual([NO_ADDRESS_SITE, '', '市政所']);
    expect(await db.entries.count()).toBe(2);
  });
});

describe('the hand-typed form’s checks', () => {
  const form = (over: Partial<ManualForm> = {}): ManualForm => ({ title: '井盖松动', url: '', author: '', postedAt: '', excerpt: '', topics: [], ...over });

  it('says what is missing or wrong, in words the user can act on', () => {
    expect(checkManualForm(form({ title: '  ' }))).toEqual({ ok: false, problems: { title: '请填写标题' } });
    for (const url of ['javascript:alert(1)', 'ftp://x.cn/a', 'bbs.daishan.cn/thread-1-1-1.html']) {
      expect(checkManualForm(form({ url }))).toEqual({ ok: false, problems: { url: '网址只能是 http:// 或 https:// 开头的网页地址' } });
    }
    expect(checkManualForm(form({ postedAt: '1999-12-31T23:00' }))).toMatchObject({ ok: false, problems: { postedAt: expect.stringContaining('发帖时间无法识别') } });
  });

  it('accepts a form with a title alone, and reads the posted time as Shanghai time', () => {
    expect(checkManualForm(form())).toEqual({ ok: true, input: { title: '井盖松动', url: null, author: '', postedAt: null, excerpt: '', topics: [] } });
    const checked = checkManualForm(form({ url: ' https://bbs.daishan.cn/a ', postedAt: '2026-11-24T08:41' }));
    expect(checked).toMatchObject({ ok: true, input: { url: 'https://bbs.daishan.cn/a', postedAt: '2026-11-24T08:41:00+08:00' } });
  });
});
