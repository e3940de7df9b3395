import type { ReplyEditor, SiteAdapter } from '@/utils/sites/types';
import type { PageFacts } from '@/utils/templates/reply-context';
import { parseQuote, type QuotedPost } from '@/utils/templates/quote';

export interface ReplyPlace {
  site: string;
  tid: string | null;
  facts: PageFacts;
}

function absolute(doc: Document, href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, doc.baseURI).href;
  } catch {
    return null;
  }
}

/** The post quoted in the reply form: the quote markup it keeps, or the quote header shown above the editor. */
function quotedPost(doc: Document, adapter: SiteAdapter, editor: ReplyEditor): QuotedPost | null {
  const quote = adapter.replyQuote?.(editor);
  if (!quote) return null;
  const quoted = (quote.code ? parseQuote(quote.code) : null) ?? (quote.headerText ? parseQuote(quote.headerText, quote.headerHref) : null);
  if (!quoted) return null;
  return { ...quoted, pid: quoted.pid ?? quote.pid, href: absolute(doc, quoted.href) };
}

/** Topic ids the page's marked posts matched, in page order. */
function pageTopics(doc: Document): string[] {
  const ids = new Set<string>();
  for (const post of Array.from(doc.querySelectorAll('[data-fw-post][data-fw-topics]'))) {
    for (const id of (post.getAttribute('data-fw-topics') ?? '').split(',')) if (id) ids.add(id);
  }
  return [...ids];
}

/** What the page says about the thread a reply box answers. */
export function readReplyPlace(doc: Document, adapter: SiteAdapter, editor: ReplyEditor): ReplyPlace {
  const thread = adapter.threadInfo(doc);
  const first = adapter.pageKind(doc) === 'thread' ? adapter.posts(doc).find((p) => p.floor === 1) : undefined;
  return {
    site: thread?.site ?? new URL(doc.baseURI).host,
    tid: editor.tid ?? thread?.tid ?? null,
    facts: {
      title: thread?.title || null,
      url: thread?.url || null,
      firstPost: first ? { author: first.author, postedAt: first.postedAt } : null,
      quoted: quotedPost(doc, adapter, editor),
      topics: pageTopics(doc),
    },
  };
}
