import { useEffect, useState } from 'preact/hooks';
import { teamSyncStatusItem } from '@/utils/storage/items';
import type { SyncStatus } from '@/utils/team/sync-status';

/** The shared ledger's sync status as the worker keeps it in storage, live; null until read. */
export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void teamSyncStatusItem.getValue().then(setStatus);
    return teamSyncStatusItem.watch(setStatus);
  }, []);
  return status;
}
