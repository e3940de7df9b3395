import type { PostInfo, SiteAdapter, ThreadInfo } from '@/utils/sites/types';
import type { RaisedLevel, StaffMember } from '@/utils/settings/types';
import type { PageLevel } from '@/utils/warning/page-level';
import type { CapturePayload } from '@/utils/ledger/capture';
import type { Status } from '@/utils/ledger/types';
import { findStaff } from '@/utils/settings/staff';
import { errorText } from '@/utils/error-text';
import { createCaptureBar, type CaptureBar } from './capture-bar';
import { ask, extensionLost } from './messaging';
import { showLevelOn } from './level-look';

const EXCERPT_CHARS = 500;

/** How posts are shown on this page: whether the state hooks are on, and the topics' names. */
export interface PostDisplay {
  hooks: boolean;
  topicName(id: string): string;
}

export interface MarkedPost {
  post: PostInfo;
  bar: CaptureBar;
  topics: string[];
  /** 紧急 or 关注, sent with a capture; none for 一般. */
  level?: RaisedLevel;
  /** Written by a registered staff account: the bureau's own words, neither highlighted nor captured. */
  byStaff: boolean;
}

/** Puts the capture bar (and the automation hooks) on one post; its topics follow when highlighting reaches it. */
export function markPost(adapter: SiteAdapter, thread: ThreadInfo | null, post: PostInfo, staff: StaffMember[], display: PostDisplay): MarkedPost {
  const el = post.containerEl;
  el.setAttribute('data-fw-post', post.key);
  const member = findStaff(staff, post);
  const marked: MarkedPost = { post, topics: [], byStaff: member !== null, bar: null as unknown as CaptureBar };
  marked.bar = createCaptureBar(el.ownerDocument, member ? null : () => void capture(adapter, thread, marked));
  if (member) {
    marked.bar.setStaff(member.department);
    if (display.hooks) el.setAttribute('data-fw-staff', member.department);
  }
  el.prepend(marked.bar.root);
  return marked;
}

export function showTopics(marked: MarkedPost, topics: string[], display: PostDisplay): void {
  marked.topics = topics;
  marked.bar.setTopics(topics.map(display.topicName));
  if (!display.hooks) return;
  if (topics.length) marked.post.containerEl.setAttribute('data-fw-topics', topics.join(','));
  else marked.post.containerEl.removeAttribute('data-fw-topics');
}

export function showLevel(marked: MarkedPost, found: PageLevel | null, display: PostDisplay): void {
  const level = found?.level;
  if (level && level !== 'normal') marked.level = level;
  else delete marked.level;
  marked.bar.setLevel(found);
  showLevelOn(marked.post.containerEl, found, display.hooks);
}

export function showState(marked: MarkedPost, status: Status | null, display: PostDisplay): void {
  marked.bar.setState(status);
  if (!display.hooks) return;
  const el = marked.post.containerEl;
  if (el.getAttribute('data-fw-state') === (status ?? null)) return;
  if (status) el.setAttribute('data-fw-state', status);
  else el.removeAttribute('data-fw-state');
}

function payload(adapter: SiteAdapter, thread: ThreadInfo | null, marked: MarkedPost): CapturePayload {
  const { post } = marked;
  return {
    key: post.key,
    site: post.site,
    tid: post.tid,
    pid: post.pid,
    order: post.order,
    title: thread?.title ?? post.containerEl.ownerDocument.title,
    url: post.permalink,
    author: post.author,
    authorUid: post.authorUid,
    postedAt: post.postedAt,
    excerpt: adapter.postText(post).slice(0, EXCERPT_CHARS),
    topics: marked.topics,
    ...(marked.level && { level: marked.level }),
  };
}

/** The state the capture left, or null when it failed (the bar then says why and offers a retry). */
export type CaptureDone = (marked: MarkedPost, status: Status | null) => void;

let captureDone: CaptureDone = () => undefined;

/** Where captures report to: the page controller shows the state and refreshes the thread's states. */
export function onCaptured(fn: CaptureDone): void {
  captureDone = fn;
}

async function capture(adapter: SiteAdapter, thread: ThreadInfo | null, marked: MarkedPost): Promise<void> {
  marked.bar.setBusy(true);
  try {
    const { status } = await ask('capture', { post: payload(adapter, thread, marked) });
    captureDone(marked, status);
  } catch (err) {
    // Without the extension the page's controls are already gone and a notice says to reload.
    if (extensionLost(err)) return;
    marked.bar.setError(errorText(err));
    captureDone(marked, null);
  } finally {
    marked.bar.setBusy(false);
  }
}
