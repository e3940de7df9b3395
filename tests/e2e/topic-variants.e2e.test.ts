// A word added to a topic on the dashboard matches its Traditional spelling on forum pages. The worker
// carries no conversion dictionary: the rules are compiled with their variants in the offscreen page,
// and stored only once expanded.
import { describe, expect, it } from 'vitest';
import { addThread } from '../../tools/demo-forum/store.mjs';
import { useDemoForum } from './suites';

const WORD = '广场舞';

describe('a topic word edited on the dashboard', () => {
  const env = useDemoForum();

  it('is stored already reading its Traditional characters, and marks a post written in them', async () => {
    const { tid } = addThread(env.forum.state, { fid: 2, uid: 6, subject: '晚上十點還在跳', message: `樓下廣場舞的音響每晚開到十點，孩子沒法寫作業。` });
    const { sw } = env.browser;
    const storedRules = () => sw.evaluate(async () => (await chrome.storage.local.get('compiledRules')).compiledRules as { words: [string, string[]][]; fold: string });
    const hasWord = (rules: { words: [string, string[]][] }) => rules.words.some(([w]) => w === WORD);
    expect(hasWord(await storedRules())).toBe(false);

    const dashboard = await env.browser.ctx.newPage();
    await dashboard.goto(`chrome-extension://${env.browser.extId}/dashboard.html#topics`);
    const words = dashboard.locator('[data-fw-topic="municipal_maintenance"] textarea[data-fw-topic-field="any"]');
    await words.fill(`${await words.inputValue()}\n${WORD}`);
    await dashboard.locator('button[data-fw-save]').click();

    // The first rules that hold the new word read its Traditional characters as the Simplified ones
    // (the fold: "variant canonical" pairs, page text and keywords alike).
    let stored = await storedRules();
    await expect.poll(async () => hasWord((stored = await storedRules())), { interval: 20, timeout: 20_000 }).toBe(true);
    const pairs = stored.fold.match(/../gu) ?? [];
    expect(pairs).toEqual(expect.arrayContaining(['廣广', '場场']));

    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${tid}`);
    const post = page.locator('[data-fw-post]').first();
    await post.waitFor();
    expect(await post.getAttribute('data-fw-topics')).toContain('municipal_maintenance');
    await Promise.all([page.close(), dashboard.close()]);
  });
});
