// What the team sync reports to the extension's pages: kept in `teamSyncStatusItem` (pages watch
// it) and returned by the team messages.
export type SyncState = 'off' | 'idle' | 'syncing' | 'offline' | 'error' | 'denied';

export interface SyncStatus {
  state: SyncState;
  /** ISO 8601 of the last sync that completed. */
  lastSyncAt: string | null;
  /** Local changes not yet confirmed by the server. */
  pending: number;
  /** The last error in words, Chinese first (the server's 403 `reason` as it is; 401 → 用户名或密码不对 …). */
  lastError: string | null;
  /** During a long pull/push. */
  progress: { done: number; total: number | null } | null;
  /** The connected server and the session's roles (from _session), without the password. */
  server: { url: string; db: string; user: string; roles: string[] } | null;
}

export interface TeamConnection {
  url: string;
  db: string;
  user: string;
  password: string;
}

export const SYNC_OFF: SyncStatus = { state: 'off', lastSyncAt: null, pending: 0, lastError: null, progress: null, server: null };

/** Where the last pull from a server ended (its `server` as url|db|user). */
export interface TeamCheckpoint {
  server: string;
  since: number | string;
}
