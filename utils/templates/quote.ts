// The post a reply quotes, as Discuz! X describes it: the quote header
// "作者 发表于 2026-11-22 15:48" (shown above the editor) or the hidden
// `noticetrimstr` BBCode `[quote]…[url=…findpost&pid=148…][color=#999999]作者 发表于 …[/color]…`.
import { parseShanghaiLocal, toShanghaiISO } from '../time/shanghai';

export interface QuotedPost {
  author: string;
  pid: string | null;
  /** ISO 8601 +08:00 when the header carries a full date. */
  postedAt: string | null;
  /** Link to the quoted post as written (may be relative). */
  href: string | null;
}

const HEADER = /([^\]\n]+?)\s+发表于\s+([^[\n]+)/;
const COLORED = /\[color=[^\]]*\]([^[]*)\[\/color\]/i;
const URL_TAG = /\[url=([^\]]+)\]/i;

/** Reads a quote header (with its link) or quote BBCode; null when it names no author. */
export function parseQuote(text: string, href: string | null = null): QuotedPost | null {
  const header = HEADER.exec((COLORED.exec(text)?.[1] ?? text).replace(/\u00a0/g, ' '));
  const author = header?.[1]?.trim();
  if (!header || !author) return null;
  const when = parseShanghaiLocal(header[2] ?? '');
  const link = (href ?? URL_TAG.exec(text)?.[1] ?? null)?.replace(/&amp;/g, '&') ?? null;
  const pid = link ? (/[?&]pid=(\d+)/.exec(link)?.[1] ?? null) : null;
  return { author, pid, postedAt: when ? toShanghaiISO(when) : null, href: link };
}
