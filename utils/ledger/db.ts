import Dexie, { type Table } from 'dexie';
import type { LedgerEntry, LedgerEvent } from './types';
import { legacyIdentifier } from './legacy-events';
import type { OutboxRow } from './outbox';
import { TALLIES_READY, type TallyRow } from './tally-cells';
import { tallyMiddleware } from './tally-middleware';
import { LEDGER_CONTRIBUTORS } from './tally-contributors';
import type { PostingRow, SearchDocRow } from './search-grams';
import { searchIndexMiddleware } from './search-middleware';

export const LEDGER_DB_NAME = 'forumwatch-ledger';

/**
 * The ledger lives in the extension's own origin (background and extension
 * pages), never in a forum's origin. Schema changes add a new `version()`
 * with an upgrade that keeps every entry.
 */
export class LedgerDb extends Dexie {
  entries!: Table<LedgerEntry, string>;
  events!: Table<LedgerEvent, number>;
  /** Entries changed here and not yet confirmed by the team's server (utils/ledger/outbox.ts). */
  outbox!: Table<OutboxRow, string>;
  tallies!: Table<TallyRow, string>;
  /** The text search's index (utils/ledger/search-grams.ts): each entry's doc number… */
  searchDocs!: Table<SearchDocRow, string>;
  /** …and, per character pair and block of docs, the docs holding it. */
  searchPostings!: Table<PostingRow, string>;

  constructor(name = LEDGER_DB_NAME) {
    super(name);
    this.version(1).stores({
      entries: 'key, status, dueAt, capturedAt, site, department, *topics, [status+dueAt], [site+tid]',
      events: '++id, key, at',
    });
    // Adds an index on the 抄告单 number (per-year serials); entries are kept as they are.
    this.version(2).stores({
      entries: 'key, status, dueAt, capturedAt, site, department, *topics, [status+dueAt], [site+tid], escalation.memoNo',
    });
    // Events get a global identity and a per-entry causal counter, so two PCs' histories can be merged.
    // Existing events are numbered in the order they were written here (local id order).
    this.version(3)
      .stores({ events: '++id, key, at, &uid, [key+seq]' })
      .upgrade((tx) => {
        const identify = legacyIdentifier();
        return tx
          .table<LedgerEvent, number>('events')
          .toCollection()
          .modify((event, ref) => {
            ref.value = identify(event);
          });
      });
    // Counters beside the ledger (kept by the tally middleware) and the status order by capture time.
    // The counters are built by `rebuildTallies` when the dashboard opens, with progress, not in the upgrade.
    this.version(6).stores({
      entries:
        'key, status, dueAt, capturedAt, site, department, *topics, [status+dueAt], [site+tid], escalation.memoNo, [status+capturedAt]',
      tallies: 'id',
    });
    this.use(tallyMiddleware(LEDGER_CONTRIBUTORS));
    // The team sync's outbox: the entries changed here that the server has not confirmed.
    this.version(7).stores({ outbox: 'key' });
    // An index on the 舆情预警 level (only 关注 and 紧急 entries carry one), so the table's level filter
    // reads keys, not records. The facet and statistics cells gain the level: the tallies are counted
    // afresh when the dashboard opens next (the ready mark goes).
    this.version(8)
      .stores({
        entries:
          'key, status, dueAt, capturedAt, site, department, *topics, [status+dueAt], [site+tid], escalation.memoNo, [status+capturedAt], level',
      })
      .upgrade((tx) => tx.table<TallyRow, string>('tallies').delete(TALLIES_READY));
    // The text search's index (kept by its middleware), built for the existing entries with the tallies,
    // with progress, when the dashboard opens next (the ready mark goes).
    this.version(9)
      .stores({ searchDocs: 'id', searchPostings: 'id' })
      .upgrade((tx) => tx.table<TallyRow, string>('tallies').delete(TALLIES_READY));
    this.use(searchIndexMiddleware());
  }
}

let shared: LedgerDb | null = null;

export function ledgerDb(): LedgerDb {
  shared ??= new LedgerDb();
  return shared;
}
