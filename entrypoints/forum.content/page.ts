import type { PostInfo, SiteAdapter, ThreadInfo } from '@/utils/sites/types';
import type { Settings } from '@/utils/settings/types';
import { send } from '@/utils/messages';
import type { Matcher } from '@/utils/matching/compile';
import { markPost, seenPost, showState, showTopics, type MarkedPost } from './posts';
import { showNotRecognised } from './notice';
import { createHighlighter, type Highlighter } from '@/utils/matching/slices';
import { HIT_ATTR, highlightElement, isOwnMutation } from '@/utils/matching/highlight';
import { topicsInThread } from '@/utils/matching/thread-context';
import { OWN_UI_ATTR } from './capture-bar';
import { looksLikeDiscuzContent } from '@/utils/sites/registry';
import { attachReplyHelpers } from './reply-helper';

/** Runs the extension on one recognised page and keeps up with posts added later. */
export class PageController {
  private marked = new Map<string, MarkedPost>();
  private byBody = new WeakMap<Element, MarkedPost>();
  private bodies: Highlighter;
  private thread: ThreadInfo | null;
  /** Replies inherit the topics of the thread title (see topicsInThread). */
  private titleTopics: string[];

  constructor(
    private doc: Document,
    private adapter: SiteAdapter,
    private settings: Settings,
    private matcher: Matcher,
  ) {
    this.thread = adapter.threadInfo(doc);
    this.titleTopics = this.thread ? matcher.topicsOf(this.thread.title) : [];
    this.bodies = createHighlighter(matcher, {
      exclude: adapter.ownTextExclude,
      onResult: (body, own) => this.onBodyHighlighted(body, own),
    });
  }

  async start(): Promise<void> {
    const kind = this.adapter.pageKind(this.doc);
    if (kind === 'thread') {
      const posts = this.adapter.posts(this.doc);
      if (posts.length === 0) showNotRecognised(this.doc, 'notRecognisedPosts');
      await this.addPosts(posts);
    } else if (kind === 'list') {
      const rows = this.adapter.threadListRows(this.doc);
      if (rows.length === 0) showNotRecognised(this.doc, 'notRecognisedList');
      this.markRows();
    } else if (kind === 'other' && looksLikeDiscuzContent(this.doc.URL)) {
      // The address says thread or list, but the markup is not what the adapter knows.
      showNotRecognised(this.doc, 'notRecognisedPosts');
    }
    this.observe();
    attachReplyHelpers(this.doc, this.adapter, this.settings);
    const site = this.thread?.site ?? new URL(this.doc.baseURI).host;
    void send('siteVisited', { site }).catch(() => undefined);
  }

  private async addPosts(posts: PostInfo[]): Promise<void> {
    const fresh = posts.filter((p) => !this.marked.has(p.key));
    if (fresh.length === 0) return;
    for (const post of fresh) {
      const marked = markPost(this.adapter, this.thread, post, this.settings.staff);
      this.marked.set(post.key, marked);
      this.byBody.set(post.bodyEl, marked);
    }
    // Highlighting runs in short slices, so a long page never freezes; states come meanwhile.
    const highlighted = this.bodies.add(fresh.map((p) => p.bodyEl));
    if (this.thread) {
      // The thread's entries: a reply on this page can change posts marked earlier.
      const { states } = await send('threadSeen', { site: this.thread.site, tid: this.thread.tid, posts: fresh.map(seenPost) });
      for (const [key, marked] of this.marked) showState(marked, states[key] ?? null);
    } else {
      const { states } = await send('states', { keys: fresh.map((p) => p.key) });
      for (const post of fresh) showState(this.marked.get(post.key)!, states[post.key] ?? null);
    }
    await highlighted;
  }

  /** A post body has been matched and painted: record the post's topics, with the thread title's for replies. */
  private onBodyHighlighted(body: Element, own: string[]): void {
    const marked = this.byBody.get(body);
    if (!marked) return;
    // Reading the post's text again is only needed when the title has topics to pass on.
    const topics = this.titleTopics.length ? topicsInThread(this.matcher, own, this.titleTopics, this.adapter.postText(marked.post)) : own;
    showTopics(marked, topics);
  }

  private markRows(): void {
    for (const row of this.adapter.threadListRows(this.doc)) {
      if (row.rowEl.hasAttribute('data-fw-row')) continue;
      row.rowEl.setAttribute('data-fw-row', `${row.site}/t${row.tid}`);
      const topics = highlightElement(row.titleEl, this.matcher);
      if (topics.length) row.rowEl.setAttribute('data-fw-topics', topics.join(','));
    }
  }

  /** New posts (AJAX quick reply, auto-loaded pages) are handled as they arrive; our own changes are ignored. */
  private observe(): void {
    const regions = this.adapter.liveRegions(this.doc);
    if (regions.length === 0) return;
    const observer = new MutationObserver((records) => {
      const added = records
        .filter((r) => !isOwnMutation(r))
        .flatMap((r) => [...r.addedNodes])
        .filter((n): n is HTMLElement => n instanceof HTMLElement && !n.closest(`[${OWN_UI_ATTR}]`) && !n.matches(`mark[${HIT_ATTR}]`));
      if (added.length === 0) return;
      // Only the new nodes are read, so a reply on a long page costs the same as on a short one.
      if (this.adapter.pageKind(this.doc) === 'thread') void this.addPosts(added.flatMap((n) => this.adapter.posts(this.doc, n)));
      else this.markRows();
    });
    for (const region of regions) observer.observe(region, { childList: true, subtree: true });
  }
}
