// The MV3 worker has no DOMParser: Chromium reads fetched pages in the offscreen document; the
// Firefox build's background page is a page and reads them itself.
import type { SiteProfile } from '@/utils/settings/types';
import { readBoardPage, readThreadPage, type FetchedPage, type ReadBoard, type ReadPage } from '@/utils/watch/read-page';
import { PARSE_PAGE, type ParseRequest } from '@/utils/watch/parse-message';
import { askOffscreenPage, closeOffscreenPage } from '../offscreen-page';

function inParser<T>(kind: ParseRequest['kind'], page: FetchedPage, sites: SiteProfile[]): Promise<T> {
  const request: ParseRequest = { type: PARSE_PAGE, kind, page, sites };
  return askOffscreenPage<T>(request);
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
  if (!hasDom()) await closeOffscreenPage();
}
