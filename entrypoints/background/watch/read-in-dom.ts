// The MV3 worker has no DOMParser: Chromium reads fetched pages in an offscreen document; the
// Firefox build's background page is a page and reads them itself.
import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/utils/settings/types';
import { readThreadPage, type FetchedPage, type ReadPage } from '@/utils/watch/read-page';
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

export async function readInDom(page: FetchedPage, sites: SiteProfile[]): Promise<ReadPage> {
  if (typeof DOMParser !== 'undefined') return readThreadPage(page, sites);
  await ensureParser();
  const request: ParseRequest = { type: PARSE_PAGE, page, sites };
  return (await browser.runtime.sendMessage(request)) as ReadPage;
}

/** Frees the parser page between rounds. */
export async function closeParser(): Promise<void> {
  if (typeof DOMParser === 'undefined' && (await browser.offscreen.hasDocument())) await browser.offscreen.closeDocument();
}
