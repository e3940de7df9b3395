import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';

/** The current result of a Dexie query, kept up to date as the ledger changes (from any extension page or the background). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null }>({ value: undefined, error: null });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)) })),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
