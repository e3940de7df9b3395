import { useLayoutEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { ledgerDb } from '@/utils/ledger/db';
import type { LedgerEntry } from '@/utils/ledger/types';

/** The entries of `keys`, by key, kept up to date as they change. */
export function useEntries(keys: readonly string[]): ReadonlyMap<string, LedgerEntry> {
  const [rows, setRows] = useState<ReadonlyMap<string, LedgerEntry>>(new Map());
  const id = keys.join('\n');
  useLayoutEffect(() => {
    const sub = liveQuery(() => ledgerDb().entries.bulkGet([...keys])).subscribe({
      next: (found) => setRows(new Map(found.filter((e): e is LedgerEntry => e !== undefined).map((e) => [e.key, e]))),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  return rows;
}
