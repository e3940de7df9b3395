import type { PostInfo, SiteAdapter, ThreadInfo } from '@/utils/sites/types';
import type { StaffMember } from '@/utils/settings/types';
import type { CapturePayload } from '@/utils/ledger/capture';
import type { SeenPost } from '@/utils/messages';
import type { Status } from '@/utils/ledger/types';
import { findStaff } from '@/utils/settings/staff';
import { send } from '@/utils/messages';
import { createCaptureBar, type CaptureBar } from './capture-bar';

const EXCERPT_CHARS = 500;

export interface MarkedPost {
  post: PostInfo;
  bar: CaptureBar;
  topics: string[];
}

/** Puts the automation hooks and the capture bar on one post; its topics follow when highlighting reaches it. */
export function markPost(adapter: SiteAdapter, thread: ThreadInfo | null, post: PostInfo, staff: StaffMember[]): MarkedPost {
  const el = post.containerEl;
  el.setAttribute('data-fw-post', post.key);
  const member = findStaff(staff, post);
  if (member) el.setAttribute('data-fw-staff', member.department);
  const marked: MarkedPost = { post, topics: [], bar: null as unknown as CaptureBar };
  marked.bar = createCaptureBar(el.ownerDocument, () => void capture(adapter, thread, marked));
  el.prepend(marked.bar.root);
  return marked;
}

export function showTopics(marked: MarkedPost, topics: string[]): void {
  marked.topics = topics;
  if (topics.length) marked.post.containerEl.setAttribute('data-fw-topics', topics.join(','));
  else marked.post.containerEl.removeAttribute('data-fw-topics');
}

export function showState(marked: MarkedPost, status: Status | null): void {
  if (status) marked.post.containerEl.setAttribute('data-fw-state', status);
  else marked.post.containerEl.removeAttribute('data-fw-state');
  marked.bar.setState(status);
}

function payload(adapter: SiteAdapter, thread: ThreadInfo | null, marked: MarkedPost): CapturePayload {
  const { post } = marked;
  return {
    key: post.key,
    site: post.site,
    tid: post.tid,
    pid: post.pid,
    title: thread?.title ?? post.containerEl.ownerDocument.title,
    url: post.permalink,
    author: post.author,
    authorUid: post.authorUid,
    postedAt: post.postedAt,
    excerpt: adapter.postText(post).slice(0, EXCERPT_CHARS),
    topics: marked.topics,
  };
}

async function capture(adapter: SiteAdapter, thread: ThreadInfo | null, marked: MarkedPost): Promise<void> {
  marked.bar.setBusy(true);
  try {
    const { entry } = await send('capture', { post: payload(adapter, thread, marked) });
    showState(marked, entry.status);
  } catch (err) {
    marked.bar.setError(err instanceof Error ? err.message : String(err));
  } finally {
    marked.bar.setBusy(false);
  }
}

export function seenPost(post: PostInfo): SeenPost {
  const { key, site, tid, pid, floor, author, authorShown, authorUid, postedAt, permalink } = post;
  return { key, site, tid, pid, floor, author, authorShown, authorUid, postedAt, permalink };
}
