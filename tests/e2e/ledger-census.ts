import type { Page } from 'playwright-core';

/** Per-entry event counts of the whole ledger, read in one pass. */
export interface LedgerCensus {
  entries: number;
  events: number;
  /** Capture events per ledger key, including keys that have no entry. */
  captures: Record<string, number>;
  /** Entry keys. */
  keys: string[];
}

/**
 * Reads the ledger from an extension page (the extension's origin). A page
 * keeps working while the service worker is stopped and started again.
 */
export function ledgerCensus(extensionPage: Page): Promise<LedgerCensus> {
  return extensionPage.evaluate(
    () =>
      new Promise<LedgerCensus>((resolve, reject) => {
        const open = indexedDB.open('forumwatch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['entries', 'events'], 'readonly');
          const keys = tx.objectStore('entries').getAllKeys();
          const events = tx.objectStore('events').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const captures: Record<string, number> = {};
            for (const e of events.result as { key: string; type: string }[]) if (e.type === 'capture') captures[e.key] = (captures[e.key] ?? 0) + 1;
            resolve({ entries: keys.result.length, events: events.result.length, captures, keys: keys.result as string[] });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
