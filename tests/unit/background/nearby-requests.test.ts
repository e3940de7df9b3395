import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { watchNearbyItem } from '@/utils/storage/items';
import type { NearbyItem } from '@/utils/watch/nearby';
import { routeMessage, type Sender } from '@/entrypoints/background/router';
import { tabAt } from './page-post';

const BOARD = 'http://bbs.zhoushan.cn/forum.php?mod=forumdisplay&fid=2';
const LIST = tabAt(`${BOARD}&page=3`);
const OTHER = tabAt('http://bbs.attacker.cn/forum.php?mod=forumdisplay&fid=2');
const POPUP: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const route = (message: object, sender: Sender) => routeMessage(message, sender) as Promise<Record<string, unknown>>;

describe('marking boards 周边 / 同行业 and their 周边动态', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(defaultSettings());
  });

  it('a page marks only a watched board of its own site, and unwatching it forgets the mark', async () => {
    expect((await route({ type: 'boardPlace', url: BOARD, place: 'nearby' }, LIST)).error).toMatch(/未在监测/);
    await route({ type: 'watchBoard', url: BOARD, watch: true }, LIST);
    expect((await route({ type: 'boardPlace', url: BOARD, place: 'nearby' }, OTHER)).error).toMatch(/不属于当前网站/);
    expect((await route({ type: 'boardPlace', url: BOARD, place: 'abroad' }, LIST)).error).toMatch(/格式不对/);
    expect(await route({ type: 'boardPlace', url: `${BOARD}&page=3`, place: 'nearby' }, LIST)).toEqual({ place: 'nearby' });
    expect((await loadSettings()).watch.boardKinds).toEqual({ [BOARD]: 'nearby' });
    await route({ type: 'watchBoard', url: BOARD, watch: false }, LIST);
    expect((await loadSettings()).watch).toMatchObject({ boards: [], boardKinds: {} });
  });

  it('only the extension’s own pages read or dismiss 周边动态, and a dismissed item stays away', async () => {
    const item = { key: 'bbs.zhoushan.cn/t8', kind: 'nearby', source: '舟山论坛·民生', title: '燃气管道爆裂', url: `${BOARD}`, author: '网友', postedAt: null, topics: ['gas'], level: 'urgent', foundAt: 1 } satisfies NearbyItem;
    await watchNearbyItem.setValue({ items: [item], done: [] });
    expect((await route({ type: 'nearby' }, LIST)).error).toMatch(/只有扩展自己的页面/);
    expect((await route({ type: 'nearbyDismiss', key: item.key }, LIST)).error).toMatch(/只有扩展自己的页面/);
    expect(await route({ type: 'nearby' }, POPUP)).toEqual({ items: [item] });
    expect(await route({ type: 'nearbyDismiss', key: item.key }, POPUP)).toEqual({ ok: true });
    expect(await route({ type: 'nearby' }, POPUP)).toEqual({ items: [] });
  });
});
