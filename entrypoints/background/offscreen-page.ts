// Chromium's MV3 worker has no DOMParser and cannot import() code: the watch reads fetched pages,
// and the rules are compiled with OpenCC, in the extension's offscreen document (one at a time).
import { browser } from 'wxt/browser';

const OFFSCREEN_PAGE = '/offscreen.html';
const NOT_LISTENING = /Receiving end does not exist/;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

let opening: Promise<void> | null = null;
let closing: Promise<void> | null = null;
let asking = 0;

async function ensurePage(): Promise<void> {
  await closing;
  if (await browser.offscreen.hasDocument()) return;
  opening ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: '读取后台监测取回的论坛页面；为关键词生成繁体写法' })
    .finally(() => (opening = null));
  await opening;
}

/** Sends `request` to the offscreen page, opening it if need be, and returns its answer. */
export async function askOffscreenPage<T>(request: object): Promise<T> {
  asking++;
  try {
    // A page just created may still be loading its script.
    for (let attempt = 0; ; attempt++) {
      await ensurePage();
      try {
        return (await browser.runtime.sendMessage(request)) as T;
      } catch (err) {
        if (attempt >= 40 || !NOT_LISTENING.test(String(err))) throw err;
        await sleep(50);
      }
    }
  } finally {
    asking--;
  }
}

/** Frees the page (and what it loaded) unless a request is still waiting for it. */
export async function closeOffscreenPage(): Promise<void> {
  if (asking > 0 || closing || !(await browser.offscreen.hasDocument())) return;
  // A request may have come while the page was looked up.
  if (asking > 0 || closing) return;
  closing = browser.offscreen.closeDocument().finally(() => (closing = null));
  await closing;
}
