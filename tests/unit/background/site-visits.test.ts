import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { routeMessage } from '@/entrypoints/background/router';
import { visitedToday } from '@/entrypoints/background/site-visits';
import { tabAt } from './page-post';

const LIST = tabAt('http://bbs.test/forum.php?mod=forumdisplay&fid=2');
const COMMENTS = tabAt('http://news.test/comments.html?id=1');

describe('which enabled sites were visited today, for the patrol reminder', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(defaultSettings());
  });

  it('a page without posts (a board list) and a page of posts without a thread count with the states they ask for', async () => {
    expect(await visitedToday()).toEqual([]);
    expect(await routeMessage({ type: 'states', keys: [] }, LIST)).toEqual({ states: {} });
    expect(await visitedToday()).toEqual(['bbs.test']);
    await routeMessage({ type: 'states', keys: ['news.test/c1'] }, COMMENTS);
    expect(await visitedToday()).toEqual(['bbs.test', 'news.test']);
  });
});
