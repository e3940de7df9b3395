import type { Page } from 'playwright-core';
import type { LedgerEntry } from '../../utils/ledger/types';

/** Seeds, clears or counts the ledger from a dashboard page: the extension's own origin, where the ledger lives. */
export function ledgerStore(page: Page, action: 'seed' | 'clear' | 'count', entries: LedgerEntry[] = []): Promise<number> {
  return page.evaluate(
    ({ action, entries }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('forumwatch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['entries', 'events', 'tallies'], action === 'count' ? 'readonly' : 'readwrite');
          const store = tx.objectStore('entries');
          let count = 0;
          // Written around the extension's code: its counters are rebuilt when a dashboard page opens next.
          if (action !== 'count') tx.objectStore('tallies').delete('ready');
          if (action === 'seed') for (const e of entries) store.put(e);
          if (action === 'clear') {
            store.clear();
            tx.objectStore('events').clear();
          }
          const counted = store.count();
          counted.onsuccess = () => (count = counted.result);
          tx.oncomplete = () => {
            open.result.close();
            resolve(count);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { action, entries },
  );
}
