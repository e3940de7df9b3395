import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureKey } from './fixtures';
import { hasFixtures, readLabels } from '../support/labels';
import { useDemoForum, useFixturePages } from './suites';
import { ledgerEntry } from './browser';
import { closedShadow } from './closed-shadow';
import { GOV_SELECTORS } from '../demo-selectors';

const HELPER = '[data-fw-action="insert-template"]';
const PANEL = '[data-fw-reply-panel]';

/** Fills every field the panel asks for. */
async function fillFields(page: Page, value: string): Promise<void> {
  const panel = closedShadow(page, PANEL);
  const tokens = await panel.attributes('[data-fw-field]', 'data-fw-field');
  for (const [i, token] of tokens.entries()) await panel.locator('[data-fw-field]').nth(i).fill(token === '{电话}' ? '0580-4470000' : value);
}

/** Opens the helper of the reply box in `scope`, fills every asked field, inserts; returns the inserted text. */
async function insertTemplate(page: Page, scope: string, fieldValue = '已到现场核实'): Promise<string> {
  await page.locator(`${scope} ${HELPER}`).click();
  const panel = closedShadow(page, PANEL);
  const text = panel.locator('[data-fw-reply-text]');
  await text.waitFor();
  await fillFields(page, fieldValue);
  const inserted = await text.inputValue();
  expect(inserted).not.toMatch(/[{｛]/);
  expect(await panel.locator('[data-fw-lint-code="unfilled_placeholder"]').count()).toBe(0);
  await panel.locator('[data-fw-reply="insert"]').click();
  await page.locator(PANEL).waitFor({ state: 'detached' });
  return inserted;
}

/** Form submission sends line breaks as CRLF. */
const lf = (text: string | null) => (text ?? '').replace(/\r\n/g, '\n');

/** What the form would send as the reply. */
async function submittedMessage(page: Page, form: string): Promise<string> {
  return lf(await page.$eval(form, (f) => String(new FormData(f as HTMLFormElement).get('message'))));
}

describe.skipIf(!hasFixtures)('reply helper on the saved real Discuz! X member pages', () => {
  const env = useFixturePages();

  async function open(file: string): Promise<Page> {
    const page = await env.browser.ctx.newPage();
    await page.goto(env.server.url + file);
    await page.locator(HELPER).first().waitFor({ state: 'attached' });
    return page;
  }

  it('quick reply: the topic template filled from the page lands at the caret of textarea#fastpostmessage', async () => {
    const file = 'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.member.html';
    const starter = readLabels().pages.find((p) => p.file === file)!.posts![0]!.author;
    const page = await open(file);
    expect(await page.locator(HELPER).count()).toBe(1);
    await page.locator('#fastpostmessage').fill('补充：');
    await page.locator(`#fastpostform ${HELPER}`).click();
    const panel = closedShadow(page, PANEL);
    await panel.locator('[data-fw-reply-text]').waitFor();
    // The thread is about a subsiding road: the municipal-maintenance template comes first.
    expect(await panel.locator('[data-fw-reply-template]').inputValue()).toBe('tpl-municipal_maintenance');
    const draft = await panel.locator('[data-fw-reply-text]').inputValue();
    expect(draft).toContain(`${starter}您好`);
    expect(draft).toContain('请联系市政所，电话：0580-4475678');
    expect(await panel.locator('[data-fw-lint-code="unfilled_placeholder"]').count()).toBeGreaterThan(0);
    await panel.locator('.fw-x').click();
    await page.locator(PANEL).waitFor({ state: 'detached' });

    const inserted = await insertTemplate(page, '#fastpostform');
    expect(inserted).toContain('已到现场核实');
    expect(await page.locator('#fastpostmessage').inputValue()).toBe(`补充：${inserted}`);
    expect(await submittedMessage(page, '#fastpostform')).toBe(`补充：${inserted}`);
    await page.close();
  });

  it('advanced editor (source mode) on a quote reply: the quoted author is the netizen addressed', async () => {
    const page = await open('reply-tid37-traditional-title-illegal-building-repquote148.member.html');
    // The forum's editor script (not saved with the page) shows the editor box once it has loaded.
    await page.$eval('#e_body', (box) => ((box as HTMLElement).style.display = ''));
    const inserted = await insertTemplate(page, '#postform');
    expect(inserted.startsWith('蓬莱仙子您好')).toBe(true);
    expect(await submittedMessage(page, '#postform')).toBe(inserted);
    await page.close();
  });

  it('touch reply page: inserted into textarea[name=message]', async () => {
    const page = await open('mobile-reply-tid37-traditional-title-illegal-building.member.html');
    const inserted = await insertTemplate(page, '#postform');
    expect(inserted).toContain('感谢');
    expect(await submittedMessage(page, '#postform')).toBe(inserted);
    await page.close();
  });

  it('approval: an unapproved draft warns before inserting; save and request on the page, approve on the dashboard, then insert', async () => {
    await env.browser.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      settings.sla.default.requireApproval = true;
      await chrome.storage.local.set({ settings });
    });
    const file = 'viewthread-tid31-planning-change-green-space.member.html';
    const first = readLabels().pages.find((p) => p.file === file)!.posts![0]!;
    const key = fixtureKey(env.server.site, 31, first.pid);
    const page = await open(file);
    const post = page.locator(`[data-fw-post="${key}"]`);
    await post.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => post.getAttribute('data-fw-state')).toBe('new');

    await page.locator(`#fastpostform ${HELPER}`).click();
    const panel = closedShadow(page, PANEL);
    await panel.locator('[data-fw-draft-section]').waitFor();
    await fillFields(page, '按规划批复执行');
    const warning = panel.locator('[data-fw-approval-warning]');
    await expect.poll(() => warning.textContent()).toMatch(/审核/);
    // First click only warns; nothing is inserted.
    await panel.locator('[data-fw-reply="insert"]').click();
    expect(await panel.locator('[data-fw-reply="insert"]').getAttribute('data-fw-armed')).toBe('');
    expect(await page.locator('#fastpostmessage').inputValue()).toBe('');

    await panel.locator('[data-fw-draft="save"]').click();
    const draftState = panel.locator('[data-fw-draft-state]');
    await expect.poll(() => draftState.getAttribute('data-fw-draft-state')).toBe('saved');
    await panel.locator('[data-fw-draft="request"]').click();
    const request = panel.locator('[data-fw-approval-message]');
    await expect.poll(() => request.inputValue()).toContain('【回复审核】');
    await expect.poll(() => draftState.getAttribute('data-fw-draft-state')).toBe('awaiting');
    expect(await request.inputValue()).toContain('按规划批复执行');
    await expect.poll(async () => (await ledgerEntry(env.browser.sw, key))!.status).toBe('awaiting_approval');

    // The page offers no approval: the approver records it on the dashboard.
    expect(await panel.locator('[data-fw-draft="approve"]').count()).toBe(0);
    expect(await panel.locator('[data-fw-approve-elsewhere]').count()).toBe(1);
    const text = await panel.locator('[data-fw-reply-text]').inputValue();
    await panel.locator('.fw-x').click();
    const dashboard = await env.browser.ctx.newPage();
    await dashboard.goto(`chrome-extension://${env.browser.extId}/dashboard.html#ledger`);
    await dashboard.locator(`[data-fw-ledger-row="${key}"]`).click();
    const details = dashboard.locator(`[data-fw-ledger-details="${key}"]`);
    await details.locator('[data-fw-draft-approver]').fill('张科长');
    await details.locator('[data-fw-draft="approve"]').click();
    await expect.poll(async () => (await ledgerEntry(env.browser.sw, key))!.draft?.approvedBy).toBe('张科长');
    await dashboard.close();

    // Reopened on the page, the approved draft is offered first and goes in without a warning.
    await page.bringToFront();
    await page.locator(`#fastpostform ${HELPER}`).click();
    await panel.locator('[data-fw-reply-text]').waitFor();
    await expect.poll(() => panel.locator('[data-fw-draft-state]').getAttribute('data-fw-draft-state')).toBe('approved');
    expect(await panel.locator('[data-fw-approval-warning]').getAttribute('hidden')).toBe('');
    expect(await panel.locator('[data-fw-reply-template]').inputValue()).toBe('__draft');
    expect(await panel.locator('[data-fw-reply-text]').inputValue()).toBe(text);
    await panel.locator('[data-fw-reply="copy-alert"]').click();
    const alert = panel.locator('[data-fw-alert-text]');
    await expect.poll(() => alert.inputValue()).toContain('【舆情提醒】');
    expect(await alert.inputValue()).toContain(`链接：`);
    await panel.locator('[data-fw-reply="insert"]').click();
    await page.locator(PANEL).waitFor({ state: 'detached' });
    expect(await submittedMessage(page, '#fastpostform')).toBe(text);
    await page.close();
  });
});

describe('reply helper on the demo forum, posting as the bureau account', () => {
  const env = useDemoForum();

  /** Captures the first post of a thread; returns its key. */
  async function captureFirstPost(page: Page, tid: number): Promise<string> {
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${tid}`);
    const first = page.locator('[data-fw-post]').first();
    await first.waitFor();
    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => first.getAttribute('data-fw-state')).toBe('new');
    return (await first.getAttribute('data-fw-post'))!;
  }

  it('pop-up reply window (#fwin_reply): the helper appears when the window opens, and posting the reply marks the entry replied', async () => {
    const page = await env.browser.ctx.newPage();
    const key = await captureFirstPost(page, 5);
    const second = page.locator('[data-fw-post]').nth(1);
    const quotedAuthor = env.forum.state.users.get(env.forum.state.posts.get(env.forum.state.threads.get(5)!.pids[1]!)!.authorUid)!.username;
    await second.locator('a.fastre').click();
    await page.locator(`#fwin_reply ${HELPER}`).waitFor();
    const inserted = await insertTemplate(page, '#fwin_reply');
    expect(inserted.startsWith(`${quotedAuthor}您好`)).toBe(true);
    expect(await submittedMessage(page, '#fwin_reply #postform')).toBe(inserted);
    const posts = await page.locator('[data-fw-post]').count();
    await page.locator('#fwin_reply #postsubmit').click();
    // The reply appears as a new post by the bureau account…
    await expect.poll(() => page.locator('[data-fw-post]').count(), { timeout: 15_000 }).toBe(posts + 1);
    await expect.poll(() => page.locator('[data-fw-post]').last().getAttribute('data-fw-staff')).toBeTruthy();
    // …and the captured post is 已回复 (shown again on the next visit).
    await page.reload();
    await expect.poll(() => page.locator(`[data-fw-post="${key}"]`).getAttribute('data-fw-state'), { timeout: 15_000 }).toBe('replied');
    await page.close();
  });

  it('advanced editor in WYSIWYG mode (iframe#e_iframe): the inserted text is what the form sends, and the entry becomes replied', async () => {
    const page = await env.browser.ctx.newPage();
    const key = await captureFirstPost(page, 8);
    const thread = env.forum.state.threads.get(8)!;
    await page.goto(`${env.forum.url}/forum.php?mod=post&action=reply&fid=${thread.fid}&tid=8`);
    await page.locator('iframe#e_iframe').waitFor();
    const inserted = await insertTemplate(page, '#postform');
    const body = page.frameLocator('iframe#e_iframe').locator('body');
    expect((await body.innerText()).replace(/\n+/g, '\n').trim()).toBe(inserted);
    // The editor's empty <p></p> was replaced: Discuz would store a leftover one as a blank line.
    expect(await body.locator('p:empty').count()).toBe(0);
    expect(await page.locator('#e_textarea').isHidden()).toBe(true);

    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('action=reply'));
    await page.locator('#postsubmit').click();
    const message = new URLSearchParams((await sent).postData() ?? '').get('message');
    expect(lf(message)).toBe(inserted);
    await page.waitForURL(/mod=viewthread/);
    await expect.poll(() => page.locator(`[data-fw-post="${key}"]`).getAttribute('data-fw-state'), { timeout: 15_000 }).toBe('replied');
    await page.close();
  });

  it('a generic site profile: the helper sits by the message board’s contenteditable reply box and inserts there', async () => {
    const setSites = (sites: unknown[]) =>
      env.browser.sw.evaluate(async (next) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...settings, sites: next } });
      }, sites);
    await setSites([{ id: 'gov', name: '住建局公众留言', match: 'http://127.0.0.1/*', adapter: 'generic', selectors: GOV_SELECTORS, enabled: true }]);
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/gov/messages.html`);
    // The board lists the newest message first; its reply form holds the editor.
    const form = page.locator('form.reply-form').first();
    const editor = form.locator('.reply-editor');
    await form.locator(HELPER).waitFor();
    await editor.click();
    const formId = await form.evaluate((el) => el.closest('.msg-item')!.id);
    const inserted = await insertTemplate(page, `#${formId} form.reply-form`);
    expect((await editor.innerText()).replace(/\s+/g, '')).toBe(inserted.replace(/\s+/g, ''));
    await setSites([]);
    await page.close();
  });
});
