// Merges two versions of one ledger entry, each with the history its PC knows, into one: for a
// colleague's ledger file and for replication conflicts between PCs. Pure and symmetric:
// mergeEntry(a, b, now) equals mergeEntry(b, a, now). Rules in docs/backup-format.md.
import { canonicalLine } from '../transfer/canonical-json';
import { toShanghaiISO } from '../time/shanghai';
import { causalOrder, trustedTime } from './event-order';
import { renumberedTo } from './memo-number';
import { PROGRESS, replayStatus } from './status-replay';
import { AWAITING_REPLY, type Draft, type Escalation, type Fix, type LedgerEntry, type LedgerEvent, type Reception, type ReplyInfo, type Status } from './types';

export interface EntryVersion {
  entry: LedgerEntry;
  events: readonly LedgerEvent[];
}

export interface MergedEntry {
  entry: LedgerEntry;
  /** Both histories united by uid, in causal order, without local database ids. */
  events: LedgerEvent[];
}

interface Side {
  entry: LedgerEntry;
  /** Its own history in causal order. */
  events: LedgerEvent[];
  uids: ReadonlySet<string>;
  /** Position of its latest event in the merged history; -1 without events. */
  last: number;
}

interface Merge {
  now: Date;
  history: LedgerEvent[];
  position: ReadonlyMap<string, number>;
  a: Side;
  b: Side;
  /** The side that has seen the most of the merged history. */
  latest: Side;
}

const compareText = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
const firstText = (p: string, q: string) => (compareText(p, q) <= 0 ? p : q);

/** Picks one of two values deterministically, whichever side each came from. */
const canonicalFirst = <T>(x: T, y: T): T => (canonicalLine(x) <= canonicalLine(y) ? x : y);

/** The later of two times by trusted time; the tie goes to `tie`. */
function laterOf<T>(x: T, y: T, time: (v: T) => number, tie: (x: T, y: T) => T = canonicalFirst): T {
  const tx = time(x);
  const ty = time(y);
  return tx === ty ? tie(x, y) : tx > ty ? x : y;
}

function withoutId({ id: _id, ...event }: LedgerEvent): LedgerEvent {
  return event;
}

function unitedHistory(a: readonly LedgerEvent[], b: readonly LedgerEvent[], now: Date): LedgerEvent[] {
  const byUid = new Map<string, LedgerEvent>();
  for (const event of [...a, ...b].map(withoutId)) {
    const held = byUid.get(event.uid);
    byUid.set(event.uid, held ? canonicalFirst(held, event) : event);
  }
  return [...byUid.values()].sort(causalOrder(now));
}

function latestSide(a: Side, b: Side, now: Date): Side {
  if (a.last !== b.last) return a.last > b.last ? a : b;
  return laterOf(a, b, (s) => trustedTime(s.entry.updatedAt, now), (x, y) => (canonicalFirst(x.entry, y.entry) === x.entry ? x : y));
}

/** The side that alone holds the latest event matching `matches`; else the side that has seen the most. */
function sideOfLatest(m: Merge, matches: (event: LedgerEvent) => boolean): Side {
  const event = m.history.findLast(matches);
  if (event && m.a.uids.has(event.uid) !== m.b.uids.has(event.uid)) return m.a.uids.has(event.uid) ? m.a : m.b;
  return m.latest;
}

/**
 * The replayed status of the merged history. A side whose own history does not lead to its own
 * status (events missing) also puts its status forward; the furthest along wins.
 */
function mergedStatus(m: Merge): Status {
  const claims = [replayStatus(m.history), ...[m.a, m.b].filter((s) => replayStatus(s.events) !== s.entry.status).map((s) => s.entry.status)];
  return claims.reduce((best, s) => (PROGRESS[s] > PROGRESS[best] || (PROGRESS[s] === PROGRESS[best] && s > best) ? s : best));
}

/** Either side's reply; with two, the later one stands and the earlier one's time is the first reply. */
function mergedReply(x: ReplyInfo | null, y: ReplyInfo | null, now: Date): ReplyInfo | null {
  if (!x || !y) return x ?? y;
  const { firstAt: _ignored, ...later } = laterOf(x, y, (r) => trustedTime(r.at, now));
  const firstAt = laterOf(x.firstAt ?? x.at, y.firstAt ?? y.at, (t) => -trustedTime(t, now), firstText);
  return firstAt === later.at ? later : { ...later, firstAt };
}

/** Both sides classify the same posts after the reply: the one that has classified more of them. */
function mergedReception(x: Reception | undefined, y: Reception | undefined): Reception | undefined {
  if (!x || !y) return x ?? y;
  return laterOf(x, y, (r) => r.praise + r.pushback);
}

/** Fixes united by id, done when done on either side; in one side's order when it holds them all. */
function mergedFixes(x: readonly Fix[], y: readonly Fix[]): Fix[] {
  const byId = new Map<string, Fix>();
  for (const fix of [...x, ...y]) {
    const held = byId.get(fix.id);
    if (!held) {
      byId.set(fix.id, fix);
      continue;
    }
    const done = [held.doneAt, fix.doneAt].filter((t): t is string => t !== null).sort((p, q) => Date.parse(p) - Date.parse(q) || compareText(p, q));
    byId.set(fix.id, { ...canonicalFirst({ ...held, doneAt: null }, { ...fix, doneAt: null }), doneAt: done[0] ?? null });
  }
  const ids = (list: readonly Fix[]) => list.map((f) => f.id).join('\n');
  const complete = [x, y].filter((list) => list.length === byId.size);
  const order = complete.length === 1 || (complete.length === 2 && ids(x) === ids(y)) ? complete[0]! : null;
  if (order) return order.map((f) => byId.get(f.id)!);
  return [...byId.values()].sort((p, q) => compareText(p.dueAt, q.dueAt) || compareText(p.id, q.id));
}

const lastEscalation = (side: Side) => side.events.findLast((e) => e.from !== undefined && e.to === 'escalated');

/**
 * The same escalation on both sides (same time) is taken from the side that has seen the most (it
 * holds the latest 批示). Different ones: a side that knew the other's escalation and escalated
 * again holds the current one; two made concurrently, the causally first stands. Renumbering
 * notes in the history then give it its final 抄告单 number.
 */
function mergedEscalation(m: Merge): Escalation | null {
  const x = m.a.entry.escalation;
  const y = m.b.entry.escalation;
  let chosen: Escalation | null;
  if (!x || !y) chosen = x ?? y;
  else if (Date.parse(x.at) === Date.parse(y.at)) chosen = m.latest.entry.escalation;
  else {
    const ex = lastEscalation(m.a);
    const ey = lastEscalation(m.b);
    if (ex && ey && ex.uid !== ey.uid) {
      if (m.b.uids.has(ex.uid) !== m.a.uids.has(ey.uid)) chosen = m.b.uids.has(ex.uid) ? y : x;
      else chosen = m.position.get(ex.uid)! < m.position.get(ey.uid)! ? x : y;
    } else {
      chosen = laterOf(x, y, (e) => -trustedTime(e.at, m.now));
    }
  }
  if (!chosen) return null;
  const memoNo = m.history.reduce((no, e) => (e.type === 'note' ? (renumberedTo(e.note, no) ?? no) : no), chosen.memoNo);
  return { ...chosen, memoNo };
}

/**
 * The more recently saved draft. When both hold the same text, its review (送审, 审核同意) is the
 * one done last on either side; a different text keeps only its own review.
 */
function mergedDraft(x: Draft | null, y: Draft | null, now: Date): Draft | null {
  if (!x || !y) return x ?? y;
  const newer = laterOf(x, y, (d) => trustedTime(d.savedAt, now));
  if (x.text !== y.text) return newer;
  const reviewedAt = (d: Draft) => Math.max(...[d.approvalRequestedAt, d.approvedAt].map((t) => (t ? trustedTime(t, now) : -Infinity)));
  const review = laterOf(x, y, reviewedAt);
  return { ...newer, approvalRequestedAt: review.approvalRequestedAt, approvedBy: review.approvedBy, approvedAt: review.approvedAt };
}

/** The later update time that is not far ahead of the clock (that would sort the entry first for years); now when neither is. */
function mergedUpdatedAt(x: string, y: string, now: Date): string {
  const believable = [x, y].filter((t) => trustedTime(t, now) === Date.parse(t));
  if (believable.length === 0) return toShanghaiISO(now);
  return believable.reduce((later, t) => laterOf(later, t, Date.parse, firstText));
}

function side(version: EntryVersion, now: Date): Omit<Side, 'last'> {
  const events = version.events.map(withoutId).sort(causalOrder(now));
  return { entry: version.entry, events, uids: new Set(events.map((e) => e.uid)) };
}

export function mergeEntry(first: EntryVersion, second: EntryVersion, now: Date): MergedEntry {
  const history = unitedHistory(first.events, second.events, now);
  const position = new Map(history.map((e, i) => [e.uid, i]));
  const withLast = (s: Omit<Side, 'last'>): Side => ({ ...s, last: s.events.reduce((last, e) => Math.max(last, position.get(e.uid)!), -1) });
  const a = withLast(side(first, now));
  const b = withLast(side(second, now));
  const m: Merge = { now, history, position, a, b, latest: latestSide(a, b, now) };

  const status = mergedStatus(m);
  const statusHolders = [a, b].filter((s) => s.entry.status === status);
  // Deadline and pause belong to the status: taken from the side that reached it.
  const ofStatus = statusHolders.length === 1 ? statusHolders[0]!.entry : m.latest.entry;
  const ofPost = sideOfLatest(m, (e) => e.type === 'capture' || e.type === 'update').entry;
  const ofAssign = sideOfLatest(m, (e) => e.type === 'assign').entry;
  const other = ofAssign === a.entry ? b.entry : a.entry;
  const reply = mergedReply(a.entry.reply, b.entry.reply, now);
  const reception = mergedReception(a.entry.reception, b.entry.reception);
  const order = a.entry.order ?? b.entry.order;

  const entry: LedgerEntry = {
    key: a.entry.key,
    site: a.entry.site,
    tid: a.entry.tid,
    pid: a.entry.pid,
    ...(order != null ? { order } : {}),
    title: ofPost.title,
    url: ofPost.url,
    author: ofPost.author,
    authorUid: ofPost.authorUid,
    postedAt: ofPost.postedAt,
    excerpt: ofPost.excerpt,
    topics: ofPost.topics,
    ...(ofPost.level ? { level: ofPost.level } : {}),
    capturedAt: laterOf(a.entry.capturedAt, b.entry.capturedAt, (t) => -trustedTime(t, now), firstText),
    status,
    dueAt: ofStatus.dueAt,
    department: ofAssign.department ?? other.department,
    reply,
    newFollowUp: reply !== null && ofStatus.newFollowUp,
    ...(reception ? { reception } : {}),
    fixes: mergedFixes(a.entry.fixes, b.entry.fixes),
    escalation: mergedEscalation(m),
    draft: mergedDraft(a.entry.draft, b.entry.draft, now),
    pausedMs: ofStatus.pausedMs,
    pausedAt: AWAITING_REPLY.includes(status) ? ofStatus.pausedAt : null,
    updatedAt: mergedUpdatedAt(a.entry.updatedAt, b.entry.updatedAt, now),
  };
  return { entry, events: history };
}
