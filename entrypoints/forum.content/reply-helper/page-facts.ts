import type { ReplyEditor, SiteAdapter } from '@/utils/sites/types';
import type { PageFacts } from '@/utils/templates/reply-context';
import { parseQuote, type QuotedPost } from '@/utils/templates/quote';

export interface ReplyPlace {
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

/**
 * What the page says about the thread a reply box answers; `topics` are those its posts matched.
 * On a thread page the thread is the page's own, whatever address the reply form names.
 */
export function readReplyPlace(doc: Document, adapter: SiteAdapter, editor: ReplyEditor, topics: string[]): ReplyPlace {
  const thread = adapter.threadInfo(doc);
  const first = adapter.pageKind(doc) === 'thread' ? adapter.posts(doc).find((p) => p.floor === 1) : undefined;
  return {
    tid: thread?.tid ?? editor.tid ?? null,
    facts: {
      title: thread?.title || null,
      url: thread?.url || null,
      firstPost: first ? { author: first.author, postedAt: first.postedAt } : null,
      quoted: quotedPost(doc, adapter, editor),
      topics,
    },
  };
}
