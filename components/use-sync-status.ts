import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SYNC_OFF, TEAM_SYNC_STATUS_KEY, type SyncStatus } from '@/utils/team/sync-status';

const stored = (value: unknown) => (value as SyncStatus | undefined) ?? SYNC_OFF;

/** The shared ledger's sync status as the worker keeps it in storage, live; null until read. */
export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void browser.storage.local.get(TEAM_SYNC_STATUS_KEY).then((got) => setStatus(stored(got[TEAM_SYNC_STATUS_KEY])));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && TEAM_SYNC_STATUS_KEY in changes) setStatus(stored(changes[TEAM_SYNC_STATUS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return status;
}
