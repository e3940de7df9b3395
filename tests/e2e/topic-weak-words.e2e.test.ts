// 辅助词 (weak words) edited on the dashboard: such a word alone does not make a post the topic's,
// two of them, or one beside another word of the topic, do.
import { describe, expect, it } from 'vitest';
import { addThread } from '../../tools/demo-forum/store.mjs';
import { useDemoForum } from './suites';

const TOPIC = 'municipal_maintenance';

describe('weak words edited on the dashboard', () => {
  const env = useDemoForum();

  it('mark a post only beside a second weak word, not alone', async () => {
    const alone = addThread(env.forum.state, { fid: 2, uid: 6, subject: '周末带孩子去公园', message: '公园里的喷泉今天开了，很多人在拍照。' }).tid;
    const paired = addThread(env.forum.state, { fid: 2, uid: 6, subject: '公园设施没人管', message: '公园的喷泉停了半年，雕塑也缺了一块，一直没人来修。' }).tid;
    const { sw } = env.browser;
    const topicsOf = async (tid: number) => {
      const page = await env.browser.ctx.newPage();
      await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${tid}`);
      const post = page.locator('[data-fw-post]').first();
      await post.waitFor();
      await expect.poll(() => page.locator('html').getAttribute('data-fw-page')).toBe('active');
      const topics = (await post.getAttribute('data-fw-topics')) ?? '';
      await page.close();
      return topics;
    };
    expect(await topicsOf(alone)).not.toContain(TOPIC);
    expect(await topicsOf(paired)).not.toContain(TOPIC);

    const dashboard = await env.browser.ctx.newPage();
    await dashboard.goto(`chrome-extension://${env.browser.extId}/dashboard.html#topics`);
    const weak = dashboard.locator(`[data-fw-topic="${TOPIC}"] textarea[data-fw-topic-field="weak"]`);
    await weak.fill(`${await weak.inputValue()}\n喷泉\n雕塑`.trim());
    await dashboard.locator('button[data-fw-save]').click();
    const storedWeak = () =>
      sw.evaluate(async (id: string) => {
        const rules = (await chrome.storage.local.get('compiledRules')).compiledRules as { topics: { id: string; weak?: string[] }[] };
        return rules.topics.find((t) => t.id === id)?.weak ?? [];
      }, TOPIC);
    await expect.poll(storedWeak, { interval: 50, timeout: 20_000 }).toEqual(expect.arrayContaining(['喷泉', '雕塑']));
    await dashboard.close();

    expect(await topicsOf(alone)).not.toContain(TOPIC);
    expect(await topicsOf(paired)).toContain(TOPIC);
  });
});
