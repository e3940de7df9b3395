import puppeteer, { type Browser, type JSHandle, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

/** `wxt build -b firefox` output; FW_OUT_DIR moves it as it moves the build. */
export const EXTENSION_DIR = resolve(process.env.FIREFOX_EXT_DIR ?? join(process.env.FW_OUT_DIR ?? '.output', 'firefox-mv2'));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Firefox takes the add-on's moz-extension:// host from a pref, so extension page addresses are known in advance. */
const EXTENSION_UUID = '5d1f0a3e-7c2b-4e69-9a8d-f04b6c1e2a57';

/** The parts of an extension page's `browser` object (the promise-based WebExtension API) that tests use. */
export interface ExtensionApi {
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>> } };
  browserAction: { getBadgeText(details: object): Promise<string> };
  i18n: { getUILanguage(): string };
}

export interface ExtensionFirefox {
  browser: Browser;
  /** The `browser` object of an extension tab kept open for the test's look-ups. */
  api: JSHandle<ExtensionApi>;
  /** A new tab on a web page; only 127.0.0.1 on the allowed ports is reachable. */
  openPage(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages, e.g. `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:firefox\` first`);
  return JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
}

/**
 * Installs the add-on in the profile as an unpacked, permanently installed extension (a proxy file
 * naming the build folder), so it survives a restart the way a user's installed add-on does.
 */
function installInProfile(profileDir: string, id: string): void {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', id), `${EXTENSION_DIR}\n`);
}

async function blockOtherHosts(page: Page, allowedPorts: () => number[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.hostname === '127.0.0.1' && allowedPorts().includes(Number(url.port));
    const own = ['moz-extension:', 'data:', 'blob:'].includes(url.protocol);
    void (local || own ? request.continue() : request.abort());
  });
}

async function documentLoaded(page: Page, url: string): Promise<void> {
  const done = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url);
  if (!done) throw new Error(`${url} is still loading`);
}

/** Debian's Firefox ESR, Chinese UI, with the built extension installed, on a fresh profile or on `profileDir`. */
export async function launchFirefoxWithExtension(allowedPorts: () => number[], profileDir?: string): Promise<ExtensionFirefox> {
  const id = geckoId();
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'fw-firefox-'));
  installInProfile(userDataDir, id);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir,
    // Without it the remote agent refuses to open moz-extension:// pages in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // The add-on in the profile folder is unsigned; Firefox ESR, unlike release builds, honours this.
      'xpinstall.signatures.required': false,
      // Needs Debian's firefox-esr-l10n-zh-cn; the extension's i18n follows the browser's UI language.
      'intl.locale.requested': 'zh-CN',
    },
    defaultViewport: { width: 1100, height: 800 },
    // Firefox takes 5–35 s to start on a fresh profile on a busy two-core machine.
    timeout: 90_000,
  });

  async function openPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await blockOtherHosts(page, allowedPorts);
    await page.goto(url);
    return page;
  }

  async function openExtensionPage(path: string): Promise<Page> {
    const url = `moz-extension://${EXTENSION_UUID}/${path}`;
    const page = await browser.newPage();
    await blockOtherHosts(page, allowedPorts);
    // Firefox's remote agent sends no load events for extension documents (Mozilla bug 1755014): goto()
    // would never resolve, so start it and watch the document instead.
    page.goto(url, { timeout: 0 }).catch(() => {});
    await vi.waitFor(() => documentLoaded(page, url), { timeout: 30_000, interval: 100 });
    return page;
  }

  try {
    const control = await openExtensionPage('popup.html');
    const api = (await control.evaluateHandle(() => (globalThis as unknown as { browser: ExtensionApi }).browser)) as JSHandle<ExtensionApi>;
    // First run: the background stores the default settings and compiles the rules; tests start after that.
    await control.evaluate(async (ext) => {
      while (Object.keys(await ext.storage.local.get(['settings', 'compiledRules'])).length < 2) await new Promise((ok) => setTimeout(ok, 50));
    }, api);
    const language = await control.evaluate((ext) => ext.i18n.getUILanguage(), api);
    if (language !== 'zh-CN') throw new Error(`Firefox runs with the ${language} UI, not zh-CN: install firefox-esr-l10n-zh-cn`);
    return {
      browser,
      api,
      openPage,
      openExtensionPage,
      badgeText: () => control.evaluate((ext) => ext.browserAction.getBadgeText({}), api),
      async close() {
        // Already gone when a restart failed half-way.
        if (browser.connected) await browser.close();
        if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

// Puppeteer's waitForFunction and Locator build their predicates with Function() in the page, which
// Firefox ESR 140 refuses in extension pages (their CSP); these two do the same through evaluate.

/** Waits until `selector` matches nothing in the extension page (e.g. a panel's loading mark is gone). */
export async function waitUntilGone(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await vi.waitFor(async () => {
    if (await page.$(selector)) throw new Error(`${selector} is still there`);
  }, { timeout, interval: 100 });
}

/** Replaces the value of the field `selector` by typing `value`, as a user who selects the old text does. */
export async function fillField(page: Page, selector: string, value: string): Promise<void> {
  const field = (await page.waitForSelector(selector))!;
  await field.evaluate((el) => (el as HTMLInputElement).select());
  await field.type(value);
}
