import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LedgerEntry } from '../../utils/ledger/types';

export const EXTENSION_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  ctx: BrowserContext;
  sw: Worker;
  extId: string;
  close(): Promise<void>;
}

/** The store build's test copy (see `build:store-test` in package.json): the store package, holding 127.0.0.1 from installation. */
export const STORE_TEST_DIR = resolve(process.env.STORE_EXT_DIR ?? '.output-store/chrome-mv3');

/**
 * Debian's Chromium with the built extension (`extensionDir`, the development build by default)
 * loaded, on a fresh profile. Only 127.0.0.1 on `allowedPorts` is reachable.
 */
export async function launchWithExtension(allowedPorts: () => number[], profileDir?: string, extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` (and \`npm run build:store-test\`) first`);
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'fw-e2e-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (chrome.i18n) from the environment; Debian's chromium-l10n has zh-CN.
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    viewport: { width: 1100, height: 800 },
  });
  // The saved forum pages point at http://127.0.0.1:8080 and other hosts: nothing else may be fetched.
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' && allowedPorts().includes(Number(url.port));
    return local || url.protocol === 'chrome-extension:' ? route.continue() : route.abort();
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  // First run: the background stores the default settings and compiles the rules; tests start after that.
  await sw.evaluate(async () => {
    while (Object.keys(await chrome.storage.local.get(['settings', 'compiledRules'])).length < 2) await new Promise((ok) => setTimeout(ok, 50));
  });
  return {
    ctx,
    sw,
    extId,
    async close() {
      await ctx.close();
      if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function badgeText(sw: Worker): Promise<string> {
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

export async function badgeColor(sw: Worker): Promise<number[]> {
  return sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}) as unknown as Promise<number[]>);
}

/** One ledger record as the extension stored it in IndexedDB (read inside the service worker). */
export async function ledgerEntry(sw: Worker, key: string): Promise<LedgerEntry | undefined> {
  return sw.evaluate(
    (k) =>
      new Promise<LedgerEntry | undefined>((ok) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const get = req.result.transaction('entries').objectStore('entries').get(k);
          get.onsuccess = () => ok(get.result as LedgerEntry | undefined);
        };
      }),
    key,
  );
}

export async function ledgerCount(sw: Worker): Promise<number> {
  return sw.evaluate(
    () =>
      new Promise<number>((ok) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const count = req.result.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => ok(count.result);
        };
      }),
  );
}
