import Dexie, { type Table } from 'dexie';

export const SUGGEST_DB_NAME = 'forumwatch-suggest';

/** A post seen on a forum page, kept as the words of its start only. */
export interface SeenSampleRow {
  /** The post's key, as a ledger entry's. */
  key: string;
  /** When it was last seen (ms): the oldest go first. */
  seenAt: number;
  words: string[];
}

export interface DismissedWord {
  word: string;
  at: number;
}

/**
 * What keyword suggestions learn from, apart from the ledger: posts seen and a user's
 * dismissed words. A database of its own in the extension's origin, so neither the
 * ledger's backups nor the team sync ever carry it, and the ledger's schema is not touched.
 */
export class SuggestDb extends Dexie {
  seen!: Table<SeenSampleRow, string>;
  dismissed!: Table<DismissedWord, string>;

  constructor(name = SUGGEST_DB_NAME) {
    super(name);
    this.version(1).stores({ seen: 'key, seenAt', dismissed: 'word' });
  }
}

let shared: SuggestDb | null = null;

export function suggestDb(): SuggestDb {
  shared ??= new SuggestDb();
  return shared;
}
