// Words a user turned down stay away: kept in this browser only (each colleague decides for themselves).
import type { SuggestDb } from './sample-db';

export async function dismissedWords(db: SuggestDb): Promise<Set<string>> {
  return new Set(await db.dismissed.toCollection().primaryKeys());
}

export async function dismissWord(db: SuggestDb, word: string, now = Date.now()): Promise<void> {
  await db.dismissed.put({ word, at: now });
}
