// Persistent storage (so the browser does not evict the ledger) and the space used.

export interface StorageInfo {
  /** null where the browser has no StorageManager. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type Manager = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const manager = (): Manager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export async function storageInfo(storage: Manager | undefined = manager()): Promise<StorageInfo> {
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

/** Asks the browser to keep the data; true when it will. */
export async function requestPersistence(storage: Manager | undefined = manager()): Promise<boolean | null> {
  return storage ? storage.persist() : null;
}

/** `12.3 MB`-style sizes, 1 KB = 1024 bytes. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
