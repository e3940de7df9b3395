// What a generic profile finds on one page, for the editor's live preview,
// with plain-language problems instead of exceptions.
import type { SiteProfile } from '../../settings/types';
import { createGenericAdapter, checkSelectors } from './index';
import { FIELD_LABELS, POST_FIELDS, type Selectors } from './fields';
import { safeAll, safeOne } from './query';

export interface PreviewPost {
  key: string;
  author: string;
  postedAt: string | null;
  /** The first 40 characters of the post's own text. */
  text: string;
}

export interface ProfilePreview {
  url: string;
  title: string;
  count: number;
  first: PreviewPost[];
  replyBoxes: number;
  problems: string[];
}

const SHOWN_POSTS = 3;
const SHOWN_CHARS = 40;

function previewProfileOf(selectors: Selectors): SiteProfile & { selectors: Selectors } {
  return { id: 'preview', name: '', match: '', adapter: 'generic', selectors, enabled: true };
}

/** Runs the selectors on `doc` and reports what they find and what looks wrong. */
export function previewProfile(doc: Document, selectors: Selectors, now: Date = new Date()): ProfilePreview {
  const invalid = checkSelectors(selectors);
  const adapter = createGenericAdapter(previewProfileOf(selectors), { now: () => now });
  const posts = adapter.posts(doc);
  const replyBoxes = adapter.replyEditors(doc).length;
  const problems = [...invalid];
  if (!invalid.length) {
    if (!posts.length) problems.push(`「${FIELD_LABELS.post}」在本页没有找到任何帖子`);
    for (const field of POST_FIELDS) {
      if (!selectors[field].trim() || !posts.length) continue;
      const found = posts.filter((p) => safeOne(p.containerEl, selectors[field])).length;
      if (found < posts.length) problems.push(`「${FIELD_LABELS[field]}」只在 ${found}/${posts.length} 条帖子里找到`);
    }
    const timed = posts.filter((p) => p.postedAt).length;
    if (selectors.time.trim() && timed < posts.length) problems.push(`「${FIELD_LABELS.time}」有 ${posts.length - timed} 条帖子读不出时间`);
    const keys = new Set(posts.map((p) => p.key));
    if (keys.size < posts.length) problems.push(`有 ${posts.length - keys.size} 条帖子的键重复：请让「${FIELD_LABELS.post}」选到每条帖子各自的元素`);
    if (selectors.title.trim() && !safeOne(doc, selectors.title)) problems.push(`「${FIELD_LABELS.title}」在本页没有找到`);
    if (selectors.replyBox.trim() && !replyBoxes) {
      const boxes = safeAll(doc, selectors.replyBox).length;
      problems.push(boxes ? `「${FIELD_LABELS.replyBox}」选到的元素不能输入文字` : `「${FIELD_LABELS.replyBox}」在本页没有找到（登录后才出现的回复框除外）`);
    }
  }
  return {
    url: doc.URL,
    title: adapter.threadInfo(doc)?.title ?? '',
    count: posts.length,
    first: posts.slice(0, SHOWN_POSTS).map((p) => ({
      key: p.key,
      author: p.author,
      postedAt: p.postedAt,
      text: adapter.postText(p).slice(0, SHOWN_CHARS),
    })),
    replyBoxes,
    problems,
  };
}
