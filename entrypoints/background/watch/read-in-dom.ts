// The MV3 worker has no DOMParser: Chromium reads fetched pages in an offscreen document; the
// Firefox build's background page is a page and reads them itself.
import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/utils/settings/types';
import { readBoardPage, readThreadPage, type FetchedPage, type ReadBoard, type ReadPage } from '@/utils/watch/read-page';
import { PARSE_PAGE, type ParseRequest } from '@/utils/watch/parse-message';

const PARSER_PAGE = '/watch-parser.html';

let opening: Promise<void> | null = null;

async function ensureParser(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
  opening ??= browser.offscreen
    .createDocument({ url: PARSER_PAGE, reasons: ['DOM_PARSER'], justification: '读取后台监测取回的论坛页面' })
    .finally(() => (opening = null));
  await opening;
}

const NOT_LISTENING = /Receiving end does not exist/;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function inParser<T>(kind: ParseRequest['kind'], page: FetchedPage, sites: SiteProfile[]): Promise<T> {
  await ensureParser();
  const request: ParseRequest = { type: PARSE_PAGE, kind, page, sites };
  // A parser page just created may still be loading its script.
  for (let attempt = 0; ; attempt++) {
    try {
      return (await browser.runtime.sendMessage(request)) as T;
    } catch (err) {
      if (attempt >= 40 || !NOT_LISTENING.test(String(err))) throw err;
      await sleep(50);
    }
  }
}

const hasDom = () => typeof DOMParser !== 'undefined';

export function readThreadInDom(page: FetchedPage, sites: SiteProfile[]): Promise<ReadPage> {
  return hasDom() ? Promise.resolve(readThreadPage(page, sites)) : inParser('thread', page, sites);
}

export function readBoardInDom(page: FetchedPage, sites: SiteProfile[]): Promise<ReadBoard> {
  return hasDom() ? Promise.resolve(readBoardPage(page, sites)) : inParser('board', page, sites);
}

/** Frees the parser page between rounds. */
export async function closeParser(): Promise<void> {
  if (!hasDom() && (await browser.offscreen.hasDocument())) await browser.offscreen.closeDocument();
}
