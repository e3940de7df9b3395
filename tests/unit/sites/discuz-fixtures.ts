// Loads the real Discuz! X pages from ../shared/fixtures/discuz-x (pages as
// served) and ../shared/fixtures/discuz-x-live (the DOM after the forum's own
// scripts ran: AJAX replies, the floating window, the editor frame) into
// happy-dom documents whose URL is the page's address, so `<base href>` and
// links resolve as in the browser. Scripts, styles and sub-resources stay off.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const FIXTURES_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');
export const FIXTURE_DIR = path.join(FIXTURES_ROOT, 'discuz-x');
export const LIVE_FIXTURE_DIR = path.join(FIXTURES_ROOT, 'discuz-x-live');
export const hasFixtures = existsSync(path.join(FIXTURE_DIR, 'labels.json'));
export const hasLiveFixtures = existsSync(path.join(LIVE_FIXTURE_DIR, 'labels.json'));
export const FIXTURE_ORIGIN = 'http://127.0.0.1:8080/';
export const FIXTURE_SITE = '127.0.0.1:8080';

export interface LabelledPost {
  pid: number;
  author: string;
  author_uid: number;
  floor: number;
  floor_label: string;
  posted_at_text: string;
  posted_at_title: string | null;
  posted_at: string;
  text_first40: string;
  is_first_post: boolean;
}

export interface LabelledRow {
  tid: number;
  title: string;
  sticky: boolean;
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

export function loadLabels<T = Labels>(dir = FIXTURE_DIR): T {
  return JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as T;
}

export function readFixture(file: string, dir = FIXTURE_DIR): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/** The HTML inside a Discuz AJAX answer (`<root><![CDATA[…]]></root>`), table rows repaired as in `parsePage`. */
export function ajaxContent(xml: string): string {
  const m = /<root><!\[CDATA\[([\s\S]*)\]\]><\/root>/.exec(xml);
  if (!m) throw new Error('not a Discuz AJAX answer');
  return openImpliedTableRows(m[1]!);
}

/**
 * happy-dom 21 mis-nests `<table><th>` (a row cell with no `<tr>`, as in
 * Discuz's author side panel), which browsers repair by opening the implied
 * row. Open it here the same way so the tree matches the browser's.
 */
export function openImpliedTableRows(html: string): string {
  return html.replace(/(<table\b[^>]*>)(\s*)(?=<t[hd][\s>])/gi, '$1$2<tr>');
}

const windows: Window[] = [];

export function parsePage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  windows.push(window);
  return new window.DOMParser().parseFromString(openImpliedTableRows(html), 'text/html') as unknown as Document;
}

const loaded = new Map<string, Document>();

/** The page as parsed once per test file (adapters only read it). */
export function loadPage(page: { file: string; url: string }, dir = FIXTURE_DIR): Document {
  const file = path.join(dir, page.file);
  let doc = loaded.get(file);
  if (!doc) {
    doc = parsePage(readFileSync(file, 'utf8'), new URL(page.url, FIXTURE_ORIGIN).href);
    loaded.set(file, doc);
  }
  return doc;
}

export async function closePages(): Promise<void> {
  loaded.clear();
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
}

/** First `n` characters counted as the labels count them (code points). */
export function firstChars(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('');
}
