// A watched board read again: each thread new since the last look has its first page read, and
// one whose title or first post matches a topic is found, with its 舆情预警 level.
import type { Settings } from '@/utils/settings/types';
import type { Matcher } from '@/utils/matching/compile';
import { findStaff } from '@/utils/settings/staff';
import { postKey } from '@/utils/sites/types';
import { afterLook, newThreadIds, type BoardWatch } from '@/utils/watch/boards';
import type { InboxItem } from '@/utils/watch/inbox';
import { threadKeyOf } from '@/utils/watch/tracked';
import { levelOf } from '@/utils/warning/level';
import { readBoardInDom, readThreadInDom } from './read-in-dom';
import type { SiteRound } from './site-round';

/** New threads read per board and round; the rest wait for the next round. */
const NEW_PER_ROUND = 10;
const EXCERPT_CHARS = 200;

export interface BoardCheckContext {
  settings: Settings;
  matcher: Matcher;
  /** Today's 关注 threshold. */
  watchThreshold: number;
}

export interface BoardFindings {
  go: boolean;
  board: BoardWatch | undefined;
  /** `论坛·版块` as the list names it. */
  name: string;
  items: InboxItem[];
  /** Thread key → topics of its first post, for every new thread read that has any. */
  topics: [string, string[]][];
}

export async function checkBoard(round: SiteRound, url: string, board: BoardWatch | undefined, { settings, matcher, watchThreshold }: BoardCheckContext): Promise<BoardFindings> {
  const fetched = await round.fetch(url);
  if (!fetched) return { go: false, board, name: '', items: [], topics: [] };
  const listing = await readBoardInDom(fetched, settings.sites);
  const findings: BoardFindings = { go: true, board, name: listing.name, items: [], topics: [] };
  if (listing.problem) {
    round.failed(listing.problem);
    return { ...findings, go: false };
  }
  round.answered();
  const listed = listing.rows.map((r) => r.tid);
  const fresh = newThreadIds(listed, board);
  const later = new Set(fresh.slice(NEW_PER_ROUND));
  for (const tid of fresh.slice(0, NEW_PER_ROUND)) {
    const row = listing.rows.find((r) => r.tid === tid)!;
    const page = await round.fetch(row.url);
    if (!page) {
      later.add(tid);
      findings.go = false;
      continue;
    }
    const thread = await readThreadInDom(page, settings.sites);
    const first = thread.posts.find((p) => p.floor === 1);
    // A thread gone, moved or unreadable is not news; the bureau's own threads are not either.
    if (thread.problem || !first || findStaff(settings.staff, first)) continue;
    const title = thread.title || row.title;
    const { topics, warning } = matcher.match(`${title}\n${first.text ?? ''}`);
    if (topics.length === 0) continue;
    const level = levelOf(warning, watchThreshold);
    const key = threadKeyOf(first.site, first.tid);
    const own = matcher.topicsOf(first.text ?? '');
    if (own.length) findings.topics.push([key, own]);
    findings.items.push({
      key,
      foundAt: Date.now(),
      post: {
        key: postKey(first.site, first.tid, first.pid),
        site: first.site,
        tid: first.tid,
        pid: first.pid,
        order: first.order,
        title,
        url: first.permalink,
        author: first.author,
        authorUid: first.authorUid,
        postedAt: first.postedAt,
        excerpt: (first.text ?? '').slice(0, EXCERPT_CHARS),
        topics,
        ...(level === 'normal' ? {} : { level }),
      },
    });
  }
  return { ...findings, board: afterLook(listed.filter((tid) => !later.has(tid)), board, Date.now()) };
}
