import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serveFolder, type StaticServer } from './static-server';
import { contentWorld, type CaptureReply } from './content-world';
import { ledgerCensus, type LedgerCensus } from './ledger-census';
import { postsOnTab } from './tab-posts';

const saved = (reply: CaptureReply | undefined) => reply !== undefined && 'status' in reply;

/** Every entry has exactly one capture event and no capture event lacks its entry. */
function expectWhole(census: LedgerCensus): void {
  expect(census.keys.filter((k) => census.captures[k] !== 1)).toEqual([]);
  const entries = new Set(census.keys);
  expect(Object.keys(census.captures).filter((k) => !entries.has(k))).toEqual([]);
}

describe('the ledger under faults', () => {
  let pages: string;
  let server: StaticServer;

  beforeAll(async () => {
    pages = mkdtempSync(join(tmpdir(), 'fw-rel-pages-'));
    writeFileSync(join(pages, 'thread.html'), '<!doctype html><meta charset="utf-8"><title>五叉路口路面塌陷</title><p>路面下沉</p>');
    server = await serveFolder(pages);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(pages, { recursive: true, force: true });
  });

  async function forumTab(browser: ExtensionBrowser, tid: number): Promise<Page> {
    const page = await browser.ctx.newPage();
    await page.goto(`${server.url}thread.html?tid=${tid}`);
    return page;
  }

  /** The ledger is read from an extension page, which keeps working while the worker is stopped. */
  async function extensionPage(browser: ExtensionBrowser): Promise<Page> {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/popup.html`);
    return page;
  }

  describe('in the built extension', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension(() => [server.port]);
    });
    afterAll(() => browser?.close());

    it('a worker stopped in the middle of captures leaves each one whole or absent; retrying saves the rest once', async () => {
      const tab = await forumTab(browser, 101);
      const world = await contentWorld(tab);
      const ledger = await extensionPage(browser);
      const bootId = await browser.sw.evaluate(() => ((self as unknown as { bootId: string }).bootId = crypto.randomUUID()));
      // Enough captures that the worker is still writing them when it is stopped.
      const posts = postsOnTab(tab.url(), 101, 3000);

      const replies = world.capture(posts, posts.length);
      await expect.poll(async () => (await ledgerCensus(ledger)).entries, { interval: 20, timeout: 20_000 }).toBeGreaterThanOrEqual(5);
      const cdp = await browser.ctx.newCDPSession(tab);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      const first = await replies;

      const failed = posts.filter((_, i) => !saved(first[i]));
      expect(failed.length).toBeGreaterThan(0);
      const afterStop = await ledgerCensus(ledger);
      expect(afterStop.entries).toBeLessThan(posts.length);
      expectWhole(afterStop);
      expect(afterStop.events).toBe(afterStop.entries);
      const stored = new Set(afterStop.keys);
      expect(posts.filter((p, i) => saved(first[i]) && !stored.has(p.key))).toEqual([]);

      const retried = await world.capture(failed);
      expect(retried.filter((r) => !saved(r))).toEqual([]);
      // The replies came from a worker started afresh, not from one that missed the stop.
      const workers = await Promise.all(browser.ctx.serviceWorkers().map((w) => w.evaluate(() => (self as unknown as { bootId?: string }).bootId)));
      expect(workers).not.toContain(bootId);

      const final = await ledgerCensus(ledger);
      expect(final.entries).toBe(posts.length);
      expectWhole(final);
      // A retried post that had been saved before the stop is recorded as captured again, not twice.
      expect(final.events).toBe(posts.length + failed.filter((p) => stored.has(p.key)).length);
      await world.close();
      await Promise.all([tab.close(), ledger.close()]);
    }, 120_000);

    // A stress test: its time is the browser's messaging on a shared two-core machine, not a goal (one build
    // took 146 s and over 180 s in two runs): the limit only stops a run that hangs.
    it('10,000 captures from two tabs at once make 10,000 entries with one capture event each', async () => {
      const [a, b] = await Promise.all([forumTab(browser, 201), forumTab(browser, 202)]);
      const [worldA, worldB] = await Promise.all([contentWorld(a), contentWorld(b)]);
      const ledger = await extensionPage(browser);
      const before = await ledgerCensus(ledger);

      const replies = await Promise.all([worldA.capture(postsOnTab(a.url(), 201, 5000)), worldB.capture(postsOnTab(b.url(), 202, 5000))]);

      expect(replies.flat().filter((r) => !saved(r))).toEqual([]);
      const census = await ledgerCensus(ledger);
      expect(census.entries - before.entries).toBe(10_000);
      expect(census.events - before.events).toBe(10_000);
      expectWhole(census);
      await Promise.all([worldA.close(), worldB.close()]);
      await Promise.all([a.close(), b.close(), ledger.close()]);
    }, 300_000);
  });
});
