import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { ledgerDb } from '@/utils/ledger/db';
import { indexedKeys, querySignature, searchKeys, type LedgerFilter, type LedgerSort } from '@/utils/ledger/ledger-query';
import { firstRows } from '@/utils/ledger/first-rows';
import { useNow } from '@/components/use-now';
import { errorText } from '@/utils/error-text';

const SEARCH_DELAY_MS = 300;
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
  /** Search progress over the indexed subset. */
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
 * The ledger table's result. Indexed filters are a live query (the table
 * follows changes made anywhere); the text search runs, debounced and
 * cancellable, over that subset. `paused` holds the live query during bulk
 * actions so it does not re-run after every single change.
 */
export function useLedgerKeys(filter: LedgerFilter, sort: LedgerSort, paused: boolean): LedgerKeys {
  const search = useDebounced(filter.search, SEARCH_DELAY_MS);
  const now = useNow(60_000);
  const indexedFilter = { ...filter, search: '' };
  const indexedSig = querySignature(indexedFilter, sort);
  const wantedSig = querySignature({ ...filter, search }, sort);
  const overdueTick = filter.overdue ? now.getTime() : 0;

  const [indexed, setIndexed] = useState<Result & { sig: string } | null>(null);
  const [result, setResult] = useState<Result & { sig: string } | null>(null);
  const [scanned, setScanned] = useState<LedgerKeys['scanned']>(null);
  const [error, setError] = useState<string | null>(null);

  // First the rows in view, fast at any size…
  const [firstFor, setFirstFor] = useState<{ sig: string; complete: boolean } | null>(null);
  const [rowsShownFor, setRowsShownFor] = useState<string | null>(null);
  useEffect(() => {
    if (paused) return;
    const sub = liveQuery(() => firstRows(ledgerDb(), indexedFilter, sort, new Date(), FIRST_ROWS)).subscribe({
      next: (page) => {
        setError(null);
        setFirstFor({ sig: indexedSig, complete: page.complete });
        setIndexed((prev) => (page.complete || prev?.sig !== indexedSig || !prev.complete ? { sig: indexedSig, ...page } : prev));
      },
      error: (err: unknown) => setError(message(err)),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [indexedSig, overdueTick, paused]);

  // …then, once those rows are on screen (so their reads are not queued behind it), the
  // complete list for the count and for scrolling further.
  const wantComplete = firstFor?.sig === indexedSig && !firstFor.complete && rowsShownFor === indexedSig;
  useEffect(() => {
    if (paused || !wantComplete) return;
    const sub = liveQuery(() => indexedKeys(ledgerDb(), indexedFilter, sort, new Date())).subscribe({
      next: (keys) => setIndexed({ sig: indexedSig, keys, total: keys.length, complete: true }),
      error: (err: unknown) => setError(message(err)),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [indexedSig, overdueTick, paused, wantComplete]);

  useEffect(() => {
    if (!indexed || indexed.sig !== indexedSig) return;
    if (!search.trim()) {
      setScanned(null);
      setResult({ ...indexed, sig: wantedSig });
      return;
    }
    // The text search needs the complete list of candidates.
    if (!indexed.complete) return;
    const abort = new AbortController();
    searchKeys(ledgerDb(), indexed.keys, search, {
      signal: abort.signal,
      onProgress: (done, total) => setScanned({ done, total }),
    }).then(
      (keys) => {
        setScanned(null);
        setResult({ sig: wantedSig, keys, total: keys.length, complete: true });
      },
      (err: unknown) => {
        if (!abort.signal.aborted) setError(message(err));
      },
    );
    return () => abort.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [indexed, wantedSig]);

  const wantedNow = querySignature(filter, sort);
  return {
    keys: result?.keys ?? null,
    total: result?.total ?? null,
    shown: result?.sig ?? '',
    busy: result?.sig !== wantedNow || !result.complete,
    rowsShown: () => setRowsShownFor(indexed?.sig ?? null),
    scanned,
    error,
  };
}
