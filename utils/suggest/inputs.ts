// What suggestions are computed from: the newest captured entries' words and the seen posts not captured.
import type { LedgerDb } from '../ledger/db';
import type { SuggestDb } from './sample-db';
import type { CapturedDoc } from './suggest';
import { hanWords } from './words';

/** Newest captured entries read. Segmenting them is the slow part: about 0.35 ms an entry of 90 characters and 2 ms at the 500-character excerpt, so a few seconds at most, done in slices. */
export const CAPTURED_READ = 2000;
/** Entries segmented between two yields, so the page stays responsive. */
const SLICE = 100;

export interface SuggestionInputs {
  captured: CapturedDoc[];
  uncaptured: string[][];
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function suggestionInputs(ledger: LedgerDb, sample: SuggestDb, capturedRead = CAPTURED_READ): Promise<SuggestionInputs> {
  const entries = await ledger.entries.orderBy('capturedAt').reverse().limit(capturedRead).toArray();
  const seen = await sample.seen.toArray();
  const keys = seen.map((row) => row.key);
  const inLedger = new Set(keys.length ? await ledger.entries.where(':id').anyOf(keys).primaryKeys() : []);
  const captured: CapturedDoc[] = [];
  // Entries of one thread share its title: its words count once, or a thread captured twice would suggest them.
  const titled = new Set<string>();
  for (let start = 0; start < entries.length; start += SLICE) {
    if (start > 0) await yieldToPage();
    for (const entry of entries.slice(start, start + SLICE)) {
      const thread = entry.tid ? `${entry.site}/${entry.tid}` : entry.key;
      const title = titled.has(thread) ? '' : entry.title;
      titled.add(thread);
      captured.push({ words: hanWords(`${title}\n${entry.excerpt}`), topics: entry.topics });
    }
  }
  return { captured, uncaptured: seen.filter((row) => !inLedger.has(row.key)).map((row) => row.words) };
}
