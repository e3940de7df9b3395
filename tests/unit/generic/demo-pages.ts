// The project's own non-Discuz pages (the demo forum's news comment column and
// message board), rendered at a fixed moment and parsed without running scripts.
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';
// @ts-expect-error plain ES module without types
import { govPage, newsPage } from '../../../tools/demo-forum/pages/generic.mjs';
// @ts-expect-error plain ES module without types
import { createState } from '../../../tools/demo-forum/store.mjs';
import type { Selectors } from '@/utils/sites/generic/fields';
import type { SiteProfile } from '@/utils/settings/types';

/** 2026-11-24 12:00 in Shanghai. */
export const NOW = new Date('2026-11-24T12:00:00+08:00');
export const DEMO_ORIGIN = 'http://127.0.0.1:8080';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

export function parseAt(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

interface DemoUser {
  username: string;
  department?: string;
}

function demoState(): { users: Map<number, DemoUser>; news: { articles: { id: number }[] } } {
  return createState(NOW.getTime());
}

export function newsDoc(articleId = 1): Document {
  const state = demoState();
  const article = state.news.articles.find((a) => a.id === articleId);
  return parseAt(newsPage({ state, user: state.users.get(5) }, article), `${DEMO_ORIGIN}/news/comments.html?id=${articleId}`);
}

/** The message board as the bureau's staff account sees it (with reply boxes under open messages), or as a netizen. */
export function govDoc(asStaff = true): Document {
  const state = demoState();
  return parseAt(govPage({ state, user: state.users.get(asStaff ? 2 : 5) }), `${DEMO_ORIGIN}/gov/messages.html`);
}

export { GOV_SELECTORS, NEWS_SELECTORS } from '../../demo-selectors';

export const genericProfile = (selectors: Selectors, match = 'http://127.0.0.1/*'): SiteProfile & { selectors: Selectors } => ({
  id: 'demo',
  name: '演示',
  match,
  adapter: 'generic',
  selectors,
  enabled: true,
});
