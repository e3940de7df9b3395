// What each entry adds to the statistics' tallies: one cell per Shanghai capture day (with
// its site's, department's and level's counters), one per reply day, and one for the whole
// ledger. Only what does not depend on the current time is counted; entries still waiting for a reply are counted as waiting, and split
// into late and pending when the statistics are read.
import { firstReplyAt } from '../ledger/reply';
import { SEP, topicCounter, type Contribution, type Contributor } from '../ledger/tally-cells';
import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';
import { dayKey } from '../time/shanghai';
import { onTimeVerdict } from './on-time';
import { NO_TOPIC } from './collectors';
import { entryLevel } from '../ledger/entry-level';

export const CAPTURE_CELL = `c${SEP}`;
export const REPLY_CELL = `r${SEP}`;
/** The cell of counters over the whole ledger. */
export const LEDGER_CELL = `g${SEP}`;

/** The verdict as far as it is settled: `wait` is late or pending depending on the time it is read. */
export type SettledVerdict = 'on_time' | 'late' | 'before_capture' | 'wait' | 'none';

export function settledVerdict(entry: LedgerEntry): SettledVerdict {
  if (entry.dueAt === null) return 'none';
  if (entry.reply) return onTimeVerdict(entry, 0) as SettledVerdict;
  return AWAITING_REPLY.includes(entry.status) ? 'wait' : 'none';
}

/** The Shanghai day of an ISO time (its own date when written with +08:00, as the ledger writes). */
export function dayOf(iso: string): string {
  return iso.endsWith('+08:00') ? iso.slice(0, 10) : dayKey(Date.parse(iso));
}

/** The groups counted per entry: its site (`s`), its department (`d`, '' = none) and its 舆情预警 level (`l`). */
export type GroupKind = 's' | 'd' | 'l';
export const GROUP_OF: Record<GroupKind, (entry: LedgerEntry) => string> = { s: (e) => e.site, d: (e) => e.department ?? '', l: entryLevel };

/** Counter of one group. */
export const groupCounter = (kind: GroupKind, group: string, counter: string) => [kind, group, counter].join(SEP);
/** Counter of one response time, in milliseconds, from capture (`c`) or from the post (`p`). */
export const responseCounter = (from: 'c' | 'p', ms: number) => `h${from}${SEP}${ms}`;

export const statsContributor: Contributor = (entry) => {
  const cell = CAPTURE_CELL + dayOf(entry.capturedAt);
  const verdict = settledVerdict(entry);
  const out: Contribution[] = [[cell, 'n']];
  const topics = entry.topics.length ? new Set(entry.topics) : [NO_TOPIC];
  for (const t of topics) out.push([cell, topicCounter(t)]);
  for (const kind of ['s', 'd', 'l'] as const) {
    const group = GROUP_OF[kind](entry);
    out.push([cell, groupCounter(kind, group, 'n')]);
    if (entry.reply) out.push([cell, groupCounter(kind, group, 'r')]);
    if (verdict !== 'none' && verdict !== 'before_capture') out.push([cell, groupCounter(kind, group, verdict)]);
  }
  if (verdict !== 'none') out.push([cell, verdict]);
  // 好评 and 追问 (see reception.ts): per capture day and per department.
  const pushbacks = entry.reception?.pushback ?? 0;
  const praised = entry.reply !== null && (entry.reception?.praise ?? 0) > 0;
  for (const name of ['pb', groupCounter('d', entry.department ?? '', 'pb')]) if (pushbacks) out.push([cell, name, pushbacks]);
  for (const name of ['pr', groupCounter('d', entry.department ?? '', 'pr')]) if (praised) out.push([cell, name]);
  if (verdict === 'wait') out.push([LEDGER_CELL, 'wait']);
  const reply = entry.reply;
  if (!reply) return out;
  out.push([cell, 'r']);
  const replied = Date.parse(firstReplyAt(reply));
  for (const from of ['c', 'p'] as const) {
    const start = from === 'p' && entry.postedAt ? entry.postedAt : entry.capturedAt;
    const ms = replied - Date.parse(start);
    out.push([cell, ms < 0 ? `rb${from}` : responseCounter(from, ms)]);
  }
  const replyCell = REPLY_CELL + dayOf(reply.at);
  out.push([replyCell, 'n'], [replyCell, `s${SEP}${entry.site}`], [replyCell, `a${SEP}${reply.author}`]);
  if (reply.detected) out.push([replyCell, 'det']);
  return out;
};
