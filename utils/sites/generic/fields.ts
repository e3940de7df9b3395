import type { SiteProfile } from '../../settings/types';

export type Selectors = NonNullable<SiteProfile['selectors']>;
export type SelectorField = keyof Selectors;

/** Field order in the editor; `post` first because the other post fields are read inside it. */
export const SELECTOR_FIELDS: readonly SelectorField[] = ['post', 'author', 'time', 'body', 'title', 'replyBox'];

export const FIELD_LABELS: Record<SelectorField, string> = {
  post: '帖子容器',
  author: '作者',
  time: '时间',
  body: '正文',
  title: '标题',
  replyBox: '回复框',
};

/** Fields read inside each post container (the others are read from the whole page). */
export const POST_FIELDS: ReadonlySet<SelectorField> = new Set(['author', 'time', 'body']);

export const emptySelectors = (): Selectors => ({ post: '', author: '', time: '', body: '', title: '', replyBox: '' });
