import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { compiledRulesItem, watchInboxItem } from '@/utils/storage/items';
import { compileRules } from '@/utils/matching/compile';
import { routeMessage, type Sender } from '@/entrypoints/background/router';
import { pagePost, tabAt } from './page-post';

const ATTACKER = tabAt('http://bbs.attacker.cn/forum.php?mod=forumdisplay&fid=2');
const VICTIM = tabAt('http://bbs.victim.cn/forum.php?mod=viewthread&tid=9');
const POPUP: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const route = (message: object, sender: Sender) => routeMessage(message, sender) as Promise<Record<string, unknown>>;

const firstPost = {
  key: 'bbs.victim.cn/t9/p100',
  site: 'bbs.victim.cn',
  tid: '9',
  pid: '100',
  floor: 1,
  order: 100,
  author: '高亭阿强',
  authorUid: '6',
  postedAt: null,
  permalink: 'http://bbs.victim.cn/forum.php?mod=redirect&goto=findpost&ptid=9&pid=100',
  text: '东河路南段的路灯坏了一大半，晚上黑灯瞎火，希望市政部门尽快来修一下。',
};

describe('what pages may ask of the background watch', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    const settings = defaultSettings();
    await saveSettings(settings);
    await compiledRulesItem.setValue(compileRules(settings.topics));
  });

  it('a page watches only a board of its own site, under the board’s first page', async () => {
    expect((await route({ type: 'watchBoard', url: 'http://bbs.victim.cn/forum.php?mod=forumdisplay&fid=2', watch: true }, ATTACKER)).error).toMatch(/不属于当前网站/);
    expect((await loadSettings()).watch.boards).toEqual([]);
    expect(await route({ type: 'watchBoard', url: 'http://bbs.attacker.cn/forum.php?mod=forumdisplay&fid=2&page=4', watch: true }, ATTACKER)).toEqual({ watched: true });
    expect((await loadSettings()).watch.boards).toEqual(['http://bbs.attacker.cn/forum.php?mod=forumdisplay&fid=2']);
    await route({ type: 'watchBoard', url: 'http://bbs.attacker.cn/forum.php?mod=forumdisplay&fid=2', watch: false }, ATTACKER);
    expect((await loadSettings()).watch.boards).toEqual([]);
  });

  it('a first post seen in a tab gives its topics to that site’s list rows, and to no other site', async () => {
    await route({ type: 'threadSeen', tid: '9', posts: [firstPost] }, VICTIM);
    const own = await route({ type: 'listTopics', tids: ['9', '10'] }, tabAt('http://bbs.victim.cn/forum.php?mod=forumdisplay&fid=2'));
    expect(own.topics).toEqual({ 9: expect.arrayContaining(['municipal_maintenance']) });
    expect((await route({ type: 'listTopics', tids: ['9'] }, ATTACKER)).topics).toEqual({});
  });

  it('only the extension’s own pages capture or dismiss 待登记 items; a capture takes the first post into the ledger', async () => {
    const item = { key: 'bbs.victim.cn/t9', foundAt: 0, post: pagePost('bbs.victim.cn', '100') };
    await watchInboxItem.setValue({ items: [item], done: [] });
    expect((await route({ type: 'inboxCapture', key: item.key }, VICTIM)).error).toMatch(/只有扩展自己的页面/);
    expect(await route({ type: 'inboxCapture', key: item.key }, POPUP)).toEqual({ status: 'new' });
    expect((await ledgerDb().entries.get('bbs.victim.cn/t9/p100'))?.title).toBe('五叉路口路面下沉');
    expect(await route({ type: 'inbox' }, POPUP)).toEqual({ items: [] });
  });
});
