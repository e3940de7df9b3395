// The hand-made labels.json of a saved page set (tests/support/fixtures.ts says where they are):
// what each page is and, post by post and row by row, what the extension should read from it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DISCUZ_FIXTURES, DISCUZ_LIVE_FIXTURES } from './fixtures';

export interface LabelledPost {
  pid: number;
  author: string;
  author_uid: number;
  author_is_staff: boolean;
  floor: number;
  floor_label: string;
  posted_at_text: string;
  posted_at_title: string | null;
  posted_at: string;
  text_first40: string;
  is_first_post: boolean;
  /** The areas (default topic ids) a reader finds the post about. */
  areas: string[];
}

export interface LabelledRow {
  tid: number;
  title: string;
  sticky: boolean;
  areas: string[];
  author?: string;
  author_uid?: number;
  replies?: number;
  last_post_text?: string;
  last_post_title?: string | null;
}

export interface LabelledPage {
  file: string;
  url: string;
  kind: 'index' | 'forumdisplay' | 'viewthread' | 'reply' | 'guide' | 'search' | 'mobile-viewthread' | 'mobile-forumdisplay' | 'space';
  mobile: boolean;
  logged_in: boolean;
  captured_at: string;
  tid?: number;
  title?: string;
  page?: number;
  posts?: LabelledPost[];
  threads?: LabelledRow[];
  textarea_id?: string;
  form_action?: string;
}

export interface Labels {
  pages: LabelledPage[];
  staff_accounts: { username: string; uid: number }[];
}

/** One page of the live set (labels.json of discuz-x-live); only the fields the tests read. */
export interface LiveLabelledPost {
  pid: number;
  author: string;
  author_uid: number;
  floor_label: string;
  posted_at_title?: string | null;
  posted_at: string;
  text_first40: string;
  in_postlistreply?: boolean;
}

export interface LiveLabelledPage {
  file: string;
  url: string;
  kind: 'viewthread' | 'mobile-viewthread' | 'reply' | 'editor-iframe' | 'ajax-response';
  logged_in: boolean;
  captured_at: string;
  tid?: number;
  thread_title?: string | null;
  posts?: LiveLabelledPost[];
  forms?: { form_id: string; action: string; textarea_id: string | null; reppid: string | null }[];
  fragment_post_pid?: number;
}

export interface LiveLabels {
  pages: LiveLabelledPage[];
}

const hasLabels = (dir: string): boolean => existsSync(path.join(dir, 'labels.json'));
/** The shared page sets are there (CI always has them); tests on them are skipped where they are not. */
export const hasFixtures = hasLabels(DISCUZ_FIXTURES);
export const hasLiveFixtures = hasLabels(DISCUZ_LIVE_FIXTURES);

export function readLabels<T = Labels>(dir: string = DISCUZ_FIXTURES): T {
  return JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as T;
}
