import type { FetchedPage } from './read-page';
import type { SiteProfile } from '../settings/types';

/** From the worker to the offscreen parser page only; no other page listens for it. */
export const PARSE_PAGE = 'fw-watch-parse';

export interface ParseRequest {
  type: typeof PARSE_PAGE;
  kind: 'thread' | 'board';
  page: FetchedPage;
  sites: SiteProfile[];
}
