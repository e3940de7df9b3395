import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { ledgerDb } from '@/utils/ledger/db';
import { querySignature, type LedgerFilter, type LedgerSort } from '@/utils/ledger/ledger-query';
import { firstRows } from '@/utils/ledger/first-rows';
import { allHits, firstHits } from '@/utils/ledger/text-search';
import { useNow } from '@/components/use-now';
import { errorText } from '@/utils/error-text';

const SEARCH_DELAY_MS = 100;
/** Rows shown before the complete result is known. */
const FIRST_ROWS = 100;

export interface LedgerKeys {
  /** Matching keys in table order, for the query named by `shown` (null before the first result). */
  keys: string[] | null;
  /** How many match in all; null while still counting. */
  total: number | null;
  /** Signature of the query whose (first) rows `keys` are. */
  shown: string;
  /** True until `keys` is the complete result of the wanted query. */
  busy: boolean;
  /** Tells the query that the first rows are on screen. */
  rowsShown(): void;
  /** Progress of checking the search's candidates against their text, when there are many. */
  scanned: { done: number; total: number } | null;
  error: string | null;
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

type Result = { keys: string[]; total: number | null; complete: boolean };

const message = (err: unknown) => (errorText(err));

/**
 * The ledger table's result, a live query (the table follows changes made anywhere): first
 * the rows in view, then the complete list. Words typed in the search box join the query
 * after a short pause (the index answers quickly, so it only spares a query per keystroke).
 * `paused` holds the live query during bulk actions so it does not re-run after every single change.
 */
export function useLedgerKeys(filter: LedgerFilter, sort: LedgerSort, paused: boolean): LedgerKeys {
  const search = useDebounced(filter.search, SEARCH_DELAY_MS);
  const now = useNow(60_000);
  const query = { ...filter, search };
  const sig = querySignature(query, sort);
  const words = search.trim() !== '';
  const overdueTick = filter.overdue ? now.getTime() : 0;

  const [result, setResult] = useState<(Result & { sig: string }) | null>(null);
  const [scanned, setScanned] = useState<LedgerKeys['scanned']>(null);
  const [error, setError] = useState<string | null>(null);

  // First the rows in view, fast at any size…
  const [firstFor, setFirstFor] = useState<{ sig: string; complete: boolean } | null>(null);
  const [rowsShownFor, setRowsShownFor] = useState<string | null>(null);
  // Layout effects, here and for the rows' records, start the reads before the browser paints.
  useLayoutEffect(() => {
    if (paused) return;
    const first = () => (words ? firstHits : firstRows)(ledgerDb(), query, sort, new Date(), FIRST_ROWS);
    const sub = liveQuery(first).subscribe({
      next: (page) => {
        setError(null);
        setFirstFor({ sig, complete: page.complete });
        setResult((prev) => (page.complete || prev?.sig !== sig || !prev.complete ? { sig, ...page } : prev));
      },
      error: (err: unknown) => setError(message(err)),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sig, overdueTick, paused]);

  // …then, once those rows are on screen (so their reads are not queued behind it), the
  // complete list for the count and for scrolling further.
  const wantComplete = firstFor?.sig === sig && !firstFor.complete && rowsShownFor === sig;
  useEffect(() => {
    if (paused || !wantComplete) return;
    const onProgress = (done: number, total: number) => setScanned({ done, total });
    const sub = liveQuery(() => allHits(ledgerDb(), query, sort, new Date(), { onProgress })).subscribe({
      next: (keys) => {
        setScanned(null);
        setResult({ sig, keys, total: keys.length, complete: true });
      },
      error: (err: unknown) => setError(message(err)),
    });
    return () => {
      sub.unsubscribe();
      setScanned(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sig, overdueTick, paused, wantComplete]);

  const wantedNow = querySignature(filter, sort);
  return {
    keys: result?.keys ?? null,
    total: result?.total ?? null,
    shown: result?.sig ?? '',
    busy: result?.sig !== wantedNow || !result.complete,
    rowsShown: () => setRowsShownFor(result?.sig ?? null),
    scanned,
    error,
  };
}
