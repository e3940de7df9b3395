import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SeenPost } from '@/utils/messages';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { suggestDb } from '@/utils/suggest/sample-db';
import { routeMessage } from '@/entrypoints/background/router';
import { tabAt } from '../background/page-post';

const seen = (pid: string, author: string, uid: string, text: string): SeenPost => ({
  key: `bbs.test/t9/p${pid}`, site: 'bbs.test', tid: '9', pid, floor: null, order: Number(pid), author, authorUid: uid, postedAt: null, permalink: `http://bbs.test/p${pid}`, text,
});

describe('a thread page seen in a tab', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await suggestDb().seen.clear();
    const staff = [{ id: 'office', person: '局办公室', department: '局办公室', phone: '', official: true, accounts: [{ site: 'bbs.test', name: '岱山建设', uid: '2' }] }];
    await saveSettings({ ...defaultSettings(), staff });
  });

  it("adds its netizens' posts to the seen sample, and not the staff account's", async () => {
    const posts = [seen('100', '高亭阿强', '6', '小区的化粪池满了'), seen('101', '岱山建设', '2', '感谢关注，已安排清理化粪池')];
    const reply = await routeMessage({ type: 'threadSeen', tid: '9', posts }, tabAt('http://bbs.test/forum.php?mod=viewthread&tid=9'));
    expect(reply).not.toHaveProperty('error');
    expect(await suggestDb().seen.toArray()).toEqual([{ key: 'bbs.test/t9/p100', seenAt: expect.any(Number), words: ['小区', '化粪池', '满了'] }]);
  });
});
