// Reading ids out of Discuz! X links, in both the plain (`forum.php?mod=viewthread&tid=14`)
// and the rewritten (`thread-14-2-1.html`, `space-uid-5.html`) URL styles.

/**
 * Site id: host (with port) of the page's own address, so keys survive path and query changes. Not
 * the `<base href>`: a page could claim another forum's address there.
 */
export function siteOf(doc: Document): string {
  try {
    return new URL(doc.URL).host;
  } catch {
    return '';
  }
}

/** The page's base URL when it is on the page's own origin (Discuz sets it to the forum's address), else the page's address. */
export function ownBase(doc: Document): string {
  try {
    return new URL(doc.baseURI).origin === new URL(doc.URL).origin ? doc.baseURI : doc.URL;
  } catch {
    return doc.URL;
  }
}

/** Resolves an href against the document's base URL on its own origin; '' when it cannot be resolved. */
export function absoluteUrl(doc: Document, href: string | null | undefined): string {
  return resolved(ownBase(doc), href);
}

/** Resolves an href against `base` (from `ownBase`); '' when it cannot be resolved. */
function resolved(base: string, href: string | null | undefined): string {
  if (!href) return '';
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

function queryParam(href: string, name: string): string | null {
  const m = new RegExp(`[?&;]${name}=(\\d+)`).exec(href);
  return m?.[1] ?? null;
}

export function tidFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  return queryParam(href, 'tid') ?? queryParam(href, 'ptid') ?? /thread-(\d+)-\d+-\d+\.html/.exec(href)?.[1] ?? null;
}

export function uidFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  return queryParam(href, 'uid') ?? /space-uid-(\d+)\.html/.exec(href)?.[1] ?? null;
}

export function pageFromHref(href: string | null | undefined): number | null {
  if (!href) return null;
  const n = queryParam(href, 'page') ?? /thread-\d+-(\d+)-\d+\.html/.exec(href)?.[1] ?? null;
  return n ? Number(n) : null;
}

/** Permanent link to one post, valid whatever page the post ends up on; `base` from `ownBase`. */
export function findPostUrl(base: string, tid: string, pid: string): string {
  return resolved(base, `forum.php?mod=redirect&goto=findpost&ptid=${tid}&pid=${pid}`);
}

/** URLs that should show posts or a thread list on a Discuz! X forum (desktop, touch and rewritten forms). */
export function looksLikeDiscuzContent(url: string): boolean {
  return /mod=(viewthread|forumdisplay|guide)|\/thread-\d+-\d+-\d+\.html|\/forum-\d+-\d+\.html/.test(url);
}
