import type { PostInfo, SiteAdapter, ThreadInfo, ThreadListRow } from '@/utils/sites/types';
import type { Settings } from '@/utils/settings/types';
import type { Status } from '@/utils/ledger/types';
import type { Matcher, WarningHits } from '@/utils/matching/compile';
import { markPost, onCaptured, showLevel, showState, showTopics, type MarkedPost, type PostDisplay } from './posts';
import { seenPost } from '@/utils/sites/seen-post';
import { showNotice } from './notice';
import { createHighlighter, type Highlighter } from '@/utils/matching/slices';
import { HIT_ATTR, clearHighlights, highlightElement, isOwnMutation, type ElementMatch } from '@/utils/matching/highlight';
import { joinWarnings } from '@/utils/warning/level';
import { pageLevel } from '@/utils/warning/page-level';
import { clearLevelOn, markRowLevel } from './level-look';
import { topicsInThread } from '@/utils/matching/thread-context';
import { OWN_UI_SELECTOR } from '@/utils/own-ui';
import { attachReplyHelpers } from './reply-helper';
import { ask, extensionLost, reportExtensionLost, whenExtensionLost } from './messaging';
import { t } from '@/utils/i18n';
import { attachBoardWatch } from './board-watch';
import { markFirstPostTopics } from './first-post-topics';

export interface PageOptions {
  /** Whether the automation hooks (data-fw-topics, data-fw-level …) go on the page. */
  hooks: boolean;
  /** Today's 关注 threshold (an active sensitive period may have lowered it). */
  watchThreshold: number;
}

/** Runs the extension on one recognised page and keeps up with posts added later. */
export class PageController {
  private marked = new Map<string, MarkedPost>();
  private byBody = new WeakMap<Element, MarkedPost>();
  private bodies: Highlighter;
  private thread: ThreadInfo | null;
  /** Replies inherit the topics of the thread title (see topicsInThread). */
  private titleTopics: string[];
  private titleWarning: WarningHits | null;
  private display: PostDisplay;
  private stops: (() => void)[] = [];
  private painted = new Set<Element>();
  private rows: HTMLElement[] = [];
  private watchThreshold: number;

  constructor(
    private doc: Document,
    private adapter: SiteAdapter,
    private settings: Settings,
    private matcher: Matcher,
    { hooks, watchThreshold }: PageOptions,
  ) {
    this.thread = adapter.threadInfo(doc);
    const title = this.thread ? matcher.match(this.thread.title) : null;
    this.titleTopics = title?.topics ?? [];
    this.titleWarning = title?.warning ?? null;
    this.watchThreshold = watchThreshold;
    const names = new Map(settings.topics.map((t) => [t.id, t.name]));
    this.display = { hooks, topicName: (id) => names.get(id) ?? id };
    this.bodies = createHighlighter(matcher, {
      exclude: adapter.ownTextExclude,
      onResult: (body, own) => this.onBodyHighlighted(body, own),
    });
  }

  async start(): Promise<void> {
    // Read now: once the extension is gone, its texts are gone too.
    const reloadText = t('extensionReloaded');
    const closeLabel = t('close');
    whenExtensionLost(() => {
      this.stop();
      showNotice(this.doc, 'reload', reloadText, closeLabel);
    });
    onCaptured((marked, status) => void this.afterCapture(marked, status));
    const kind = this.adapter.pageKind(this.doc);
    const posts = kind === 'thread' ? this.adapter.posts(this.doc) : [];
    // The visit (for the patrol reminders) is recorded with the posts' states; a page with no posts asks for none.
    if (posts.length === 0) void ask('states', { keys: [] }).catch(() => undefined);
    // Watched from the start: a reply the forum inserts while the first posts wait for the worker is not missed.
    this.observe();
    if (kind === 'thread') {
      if (posts.length === 0) this.notRecognised('notRecognisedPosts');
      await this.addPosts(posts);
    } else if (kind === 'list') {
      const rows = this.adapter.threadListRows(this.doc);
      if (rows.length === 0) this.notRecognised('notRecognisedList');
      this.markRows();
      this.stops.push(attachBoardWatch(this.doc, rows, this.settings));
    } else if (kind === 'other' && this.adapter.expectsContent?.(this.doc.URL)) {
      // The address says thread or list, but the markup is not what the adapter knows.
      this.notRecognised('notRecognisedPosts');
    }
    this.stops.push(attachReplyHelpers(this.doc, this.adapter, this.settings, () => this.pageTopics()));
  }

  /** Takes everything the extension added to the page away again (the extension was updated or reloaded). */
  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    for (const el of this.painted) clearHighlights(el);
    for (const el of this.doc.querySelectorAll(OWN_UI_SELECTOR)) el.remove();
    for (const { post } of this.marked.values()) {
      for (const attr of ['data-fw-post', 'data-fw-topics', 'data-fw-state', 'data-fw-staff']) post.containerEl.removeAttribute(attr);
      clearLevelOn(post.containerEl);
    }
    this.marked.clear();
    for (const row of this.rows.splice(0)) {
      for (const attr of ['data-fw-row', 'data-fw-topics']) row.removeAttribute(attr);
      clearLevelOn(row);
    }
    this.doc.documentElement.removeAttribute('data-fw-page');
  }

  private notRecognised(what: 'notRecognisedPosts' | 'notRecognisedList'): void {
    showNotice(this.doc, 'not-recognised', t('notRecognised', t(what)), t('close'));
  }

  /** Topic ids of the page's posts, first post first (the reply helper orders its templates by them). */
  private pageTopics(): string[] {
    return [...new Set([...this.marked.values()].flatMap((m) => m.topics))];
  }

  private showStates(states: Record<string, Status>): void {
    for (const [key, marked] of this.marked) showState(marked, states[key] ?? null, this.display);
  }

  private async addPosts(posts: PostInfo[]): Promise<void> {
    // One batch of new nodes may name a post twice (its wrapper and its table): one bar each.
    const fresh = [...new Map(posts.map((p) => [p.key, p])).values()].filter((p) => !this.marked.has(p.key));
    if (fresh.length === 0) return;
    const toHighlight: HTMLElement[] = [];
    for (const post of fresh) {
      const marked = markPost(this.adapter, this.thread, post, this.settings.staff, this.display);
      this.marked.set(post.key, marked);
      if (marked.byStaff) continue;
      this.byBody.set(post.bodyEl, marked);
      this.painted.add(post.bodyEl);
      toHighlight.push(post.bodyEl);
    }
    // Highlighting runs in short slices, so a long page never freezes; states come meanwhile.
    const highlighted = this.bodies.add(toHighlight);
    try {
      if (this.thread) {
        // The thread's entries: a reply on this page can change posts marked earlier.
        this.showStates((await ask('threadSeen', { tid: this.thread.tid, posts: fresh.map((p) => seenPost(this.adapter, p)) })).states);
      } else {
        const { states } = await ask('states', { keys: fresh.map((p) => p.key) });
        for (const post of fresh) showState(this.marked.get(post.key)!, states[post.key] ?? null, this.display);
      }
    } catch (err) {
      if (!extensionLost(err)) console.error('论坛舆情助手：读取台账状态失败', err);
    }
    await highlighted;
  }

  /** After a capture the whole thread on the page counts: a staff reply further down answers it at once. */
  private async afterCapture(marked: MarkedPost, status: Status | null): Promise<void> {
    if (!status) return;
    showState(marked, status, this.display);
    if (!this.thread) return;
    const posts = [...this.marked.values()].map((m) => seenPost(this.adapter, m.post));
    try {
      this.showStates((await ask('threadSeen', { tid: this.thread.tid, posts })).states);
    } catch (err) {
      if (!extensionLost(err)) console.error('论坛舆情助手：读取台账状态失败', err);
    }
  }

  /**
   * A post body has been matched and painted: record the post's topics, with the thread title's for
   * replies, and its level. A reply's level comes from its own words only: in a thread titled 路面塌陷
   * the title's word would make every 谢谢 below it 紧急. The first post's title is its own heading.
   */
  private onBodyHighlighted(body: Element, own: ElementMatch): void {
    const marked = this.byBody.get(body);
    if (!marked) return;
    // Reading the post's text again is only needed when the title has topics to pass on.
    const topics = this.titleTopics.length ? topicsInThread(this.matcher, own.topics, this.titleTopics, this.adapter.postText(marked.post)) : own.topics;
    const warning = marked.post.floor === 1 && this.titleWarning ? joinWarnings(own.warning, this.titleWarning) : own.warning;
    showTopics(marked, topics, this.display);
    showLevel(marked, pageLevel(topics, warning, this.watchThreshold), this.display);
  }

  private markRows(): void {
    const neutral: ThreadListRow[] = [];
    for (const row of this.adapter.threadListRows(this.doc)) {
      if (row.rowEl.hasAttribute('data-fw-row')) continue;
      row.rowEl.setAttribute('data-fw-row', `${row.site}/t${row.tid}`);
      this.rows.push(row.rowEl);
      this.painted.add(row.titleEl);
      const { topics, warning } = highlightElement(row.titleEl, this.matcher);
      if (topics.length && this.display.hooks) row.rowEl.setAttribute('data-fw-topics', topics.join(','));
      markRowLevel(row, pageLevel(topics, warning, this.watchThreshold), this.display.hooks);
      if (topics.length === 0) neutral.push(row);
    }
    void markFirstPostTopics(this.doc, neutral, this.display).catch((err: unknown) => {
      if (!extensionLost(err)) console.error('论坛舆情助手：读取首帖主题失败', err);
    });
  }

  /** New posts (AJAX quick reply, auto-loaded pages) are handled as they arrive; our own changes are ignored. */
  private observe(): void {
    const regions = this.adapter.liveRegions(this.doc);
    if (regions.length === 0) return;
    const observer = new MutationObserver((records) => {
      if (extensionLost()) return reportExtensionLost();
      const added = records
        .filter((r) => !isOwnMutation(r))
        .flatMap((r) => [...r.addedNodes])
        .filter((n): n is HTMLElement => n instanceof HTMLElement && !n.closest(OWN_UI_SELECTOR) && !n.matches(`mark[${HIT_ATTR}]`));
      if (added.length === 0) return;
      // Only the new nodes are read, so a reply on a long page costs the same as on a short one.
      if (this.adapter.pageKind(this.doc) === 'thread') void this.addPosts(this.adapter.posts(this.doc, added));
      else this.markRows();
    });
    for (const region of regions) observer.observe(region, { childList: true, subtree: true });
    this.stops.push(() => observer.disconnect());
  }
}
