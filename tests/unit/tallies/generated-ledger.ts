import type { LedgerDb } from '@/utils/ledger/db';
import { STATUSES, type LedgerEntry } from '@/utils/ledger/types';
import { addContributions, applyDelta, TALLIES_READY, type TallyDelta, type TallyRow } from '@/utils/ledger/tally-cells';
import { LEDGER_CONTRIBUTORS } from '@/utils/ledger/tally-contributors';
import { toShanghaiISO } from '@/utils/time/shanghai';
import type { RaisedLevel } from '@/utils/settings/types';
import { numberedEntry } from '../../support/entry';
import { entryGrams } from '@/utils/ledger/search-grams';
import { expect } from 'vitest';

const SITES = ['bbs.daishan.cn', 'news.daishan.cn', '127.0.0.1:8080'];
const TOPICS = ['road_works', 'municipal_maintenance', 'illegal_construction'];
const DEPARTMENTS = [null, '城建科', '市政所'];
const HOUR = 3600_000;

/** A small pseudo-random generator, so a failing ledger can be generated again from its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The level `generatedEntries` gives entry `n`: 紧急 every 7th, else 关注 every 5th, else none (一般). */
export const generatedLevel = (n: number): RaisedLevel | undefined => (n % 7 === 0 ? 'urgent' : n % 5 === 0 ? 'watch' : undefined);

/** `count` varied entries: every status, site, department, level, 0–2 topics, replies before, on and after their due time. */
export function generatedEntries(count: number, seed: number, base = Date.parse('2026-01-05T09:00:00+08:00')): LedgerEntry[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const captured = base + Math.floor(rnd() * 90 * 24) * HOUR + Math.floor(rnd() * 60) * 60_000;
    const status = pick(STATUSES);
    const topics = TOPICS.filter(() => rnd() < 0.35);
    const repliedAfter = (rnd() * 60 - 6) * HOUR;
    const replied = ['replied', 'follow_up', 'closed'].includes(status) && rnd() < 0.9;
    const site = pick(SITES);
    const level = generatedLevel(n);
    return numberedEntry(seed * 100_000 + n, '2026-01-01 00:00', {
      site,
      key: `${site}/t${seed}-${n}/p${n}`,
      title: `第${n}号 路面塌陷`,
      author: pick(['岱山老百姓', '高亭阿强', '东沙居民']),
      status,
      topics,
      ...(level && { level }),
      department: pick(DEPARTMENTS),
      capturedAt: toShanghaiISO(captured),
      postedAt: rnd() < 0.5 ? toShanghaiISO(captured - rnd() * 10 * HOUR) : null,
      dueAt: rnd() < 0.1 ? null : toShanghaiISO(captured + 24 * HOUR),
      reply: replied
        ? { at: toShanghaiISO(captured + repliedAfter), author: pick(['岱山建设', '住建小李']), url: '', pid: null, detected: rnd() < 0.5 }
        : null,
    });
  });
}

/** The tallies computed afresh from every entry, by cell id. */
export async function recomputedTallies(db: LedgerDb): Promise<Record<string, Record<string, number>>> {
  const delta: TallyDelta = new Map();
  for (const e of await db.entries.toArray()) addContributions(delta, LEDGER_CONTRIBUTORS, e, 1);
  const rows = [...applyDelta(delta, new Map()).values()].filter((r): r is TallyRow => r !== null);
  return Object.fromEntries(rows.map((r) => [r.id, r.counts]));
}

/** The tallies as stored (without the ready mark), by cell id. */
export async function storedTallies(db: LedgerDb): Promise<Record<string, Record<string, number>>> {
  const rows = await db.tallies.toArray();
  return Object.fromEntries(rows.filter((r) => r.id !== TALLIES_READY).map((r) => [r.id, r.counts]));
}

/** The text search's index computed afresh from every entry: pair → keys of the entries holding it, in text order. */
export async function recomputedSearchIndex(db: LedgerDb): Promise<Record<string, string[]>> {
  const holders: Record<string, string[]> = {};
  for (const e of await db.entries.toArray()) for (const gram of entryGrams(e)) (holders[gram] ??= []).push(e.key);
  return Object.fromEntries(Object.entries(holders).map(([gram, keys]) => [gram, keys.sort()]));
}

/** The text search's index as stored, in the same form; every doc once. */
export async function storedSearchIndex(db: LedgerDb): Promise<Record<string, string[]>> {
  const rows = await db.searchDocs.toArray();
  const keyOf = new Map(rows.flatMap((r) => (r.key === undefined ? [] : [[r.doc ?? Number(r.id.slice(2)), r.key] as const])));
  const docOf = new Map(rows.flatMap((r) => (r.id.startsWith('k\t') ? [[r.id.slice(2), r.doc!] as const] : [])));
  // Each entry has one doc, and each doc stands for that entry.
  expect(new Set(docOf.values()).size).toBe(docOf.size);
  for (const [key, doc] of docOf) expect(keyOf.get(doc)).toBe(key);
  expect(keyOf.size).toBe(docOf.size);
  const holders: Record<string, string[]> = {};
  for (const row of await db.searchPostings.toArray()) {
    expect(row.docs.length).toBeGreaterThan(0);
    const gram = row.id.slice(0, row.id.lastIndexOf('\t'));
    for (const doc of row.docs) (holders[gram] ??= []).push(keyOf.get(doc)!);
  }
  return Object.fromEntries(Object.entries(holders).map(([gram, keys]) => [gram, keys.sort()]));
}
