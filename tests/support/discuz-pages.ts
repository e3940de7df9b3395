// Loads the real Discuz! X pages from ../shared/fixtures/discuz-x (pages as
// served) and ../shared/fixtures/discuz-x-live (the DOM after the forum's own
// scripts ran: AJAX replies, the floating window, the editor frame) into
// happy-dom documents whose URL is the page's address, so `<base href>` and
// links resolve as in the browser. Scripts, styles and sub-resources stay off.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { DISCUZ_FIXTURES } from './fixtures';

export const FIXTURE_ORIGIN = 'http://127.0.0.1:8080/';
export const FIXTURE_SITE = '127.0.0.1:8080';

export function readFixture(file: string, dir = DISCUZ_FIXTURES): string {
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
export function loadPage(page: { file: string; url: string }, dir = DISCUZ_FIXTURES): Document {
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
