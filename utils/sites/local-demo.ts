import type { SiteProfile } from '../settings/types';
import type { Selectors } from './generic/fields';

/**
 * Pages on these origins are treated as an enabled Discuz! X site in the
 * development build, so the local demo forum and the end-to-end tests need no
 * set-up. Store packages leave them out.
 */
export const LOCAL_DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** CSS selectors of the demo's news comment column (tools/demo-forum/pages/generic.mjs), as a user would pick them. */
export const NEWS_SELECTORS: Selectors = {
  post: 'li.comment-item',
  author: '.comment-user',
  time: '.comment-time',
  body: '.comment-text',
  title: '.article-title',
  replyBox: '#comment-content',
};

/** …and of the bureau's message board. */
export const GOV_SELECTORS: Selectors = {
  post: '.msg-item',
  author: '.msg-user',
  time: '.msg-time',
  body: '.msg-content',
  title: '.board-title',
  replyBox: '.reply-editor',
};

/** The demo's two generic sites, enabled in development builds so that `npm start` shows all three sites working. */
export const DEMO_SITE_PROFILES: SiteProfile[] = [
  { id: 'demo-news', name: '岱山新闻网 民生评论（演示）', match: 'http://127.0.0.1/*', adapter: 'generic', selectors: NEWS_SELECTORS, enabled: true },
  { id: 'demo-gov', name: '住建局公众留言（演示）', match: 'http://127.0.0.1/*', adapter: 'generic', selectors: GOV_SELECTORS, enabled: true },
];
