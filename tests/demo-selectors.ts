// CSS selectors of the demo forum's two generic pages (tools/demo-forum/pages/generic.mjs),
// as a user would pick them for a site profile. Shared by the unit and end-to-end suites.
import type { Selectors } from '../utils/sites/generic/fields';

export const NEWS_SELECTORS: Selectors = {
  post: 'li.comment-item',
  author: '.comment-user',
  time: '.comment-time',
  body: '.comment-text',
  title: '.article-title',
  replyBox: '#comment-content',
};

export const GOV_SELECTORS: Selectors = {
  post: '.msg-item',
  author: '.msg-user',
  time: '.msg-time',
  body: '.msg-content',
  title: '.board-title',
  replyBox: '.reply-editor',
};
