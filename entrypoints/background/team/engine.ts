// The team sync, with PouchDB: the server's changes are replicated into a local replica (PouchDB
// replication and its checkpoints), whose changes feed is read from a checkpoint into the Dexie
// ledger; local changes (the outbox) are merged with the replica's copy and written to the server
// with their revision, as normal validated writes. Documents with conflicting revisions are merged
// and their losers tombstoned. Everything the browser provides comes in through TeamDeps, so the
// same code runs in Node against a real server.
import type { LedgerDb } from '@/utils/ledger/db';
import type { LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { mergeEntry, type EntryVersion } from '@/utils/ledger/merge-entry';
import { applyPulled } from '@/utils/ledger/apply-pulled';
import { anyRefusal, clearRefusals, confirmSynced, handToSync, markRefused, noteAllEntries, type Handed } from '@/utils/ledger/outbox';
import { ENTRY_PREFIX, entryDocId, fromEntryDoc, sameVersion, toEntryDoc, type EntryDoc } from '@/utils/team/entry-doc';
import { losersTombstones, mergedRevisions, type Revision } from '@/utils/team/resolve-conflict';
import { OFFICE_SETTINGS_ID, sharedSettings, withSharedSettings } from '@/utils/team/shared-settings';
import { assignedToUs, userDepartments } from '@/utils/team/assignment';
import { OFFICE_ROLE, urgentCaptureFromOthers } from '@/utils/team/urgent-capture';
import { SYNC_OFF, type SyncStatus, type TeamCheckpoint, type TeamConnection } from '@/utils/team/sync-status';
import { canonicalLine } from '@/utils/transfer/canonical-json';
import { errorText } from '@/utils/error-text';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { CouchClient, DeniedError, OfflineError, pouchErrorText } from './couch-client';
import { openReplicas, pullIntoReplica, type Replicas } from './replica';

const PUSH_BATCH = 200;
const PULL_BATCH = 500;
/**
 * Pull → push rounds in one sync: a write that met a newer copy on the server is tried again after
 * the next pull. A refusal counts only when it comes again on a fresh copy: pouchdb-server checks
 * the write rules against the newest revision before it checks the revision, so a stale write is
 * refused (as dropping events) where CouchDB answers 409.
 */
const ROUNDS = 3;

/** A value the engine keeps between syncs: a storage item in the worker, kept in memory in tests (several PCs in one process). */
export interface StoredValue<T> {
  getValue(): Promise<T | null>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

export interface TeamStore {
  connection: StoredValue<TeamConnection>;
  status: StoredValue<SyncStatus>;
  checkpoint: StoredValue<TeamCheckpoint>;
}

export interface TeamDeps {
  db: LedgerDb;
  store: TeamStore;
  fetch?: typeof fetch;
  device(): Promise<string>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Whether the browser lets the worker reach this origin (host permissions). */
  canReach(origin: string): Promise<boolean>;
  /** Entries someone else has just assigned to the user's department. */
  notifyAssigned(entries: LedgerEntry[]): void;
  /** For the office: 紧急 posts a member has just captured on another PC. */
  notifyUrgentCaptured?(entries: LedgerEntry[]): void;
  now?(): Date;
  /** Where the local replica lives: IndexedDB unless said (tests in Node keep each PC's in memory, apart by prefix). */
  replica?: { adapter: string; prefix: string };
}

const serverOf = (c: TeamConnection) => `${c.url}|${c.db}|${c.user}`;
const replicaName = (c: TeamConnection) => `forumwatch-team:${serverOf(c)}`;

function noAccess(origin: string): string {
  return `扩展没有访问 ${origin} 的权限：请在设置页重新连接并允许访问 / The extension may not access ${origin}: connect again from the dashboard and allow it`;
}

function refusalText(handed: Handed, reason: string): string {
  return `条目「${handed.local.entry.title || handed.key}」（${handed.key}）被服务器拒绝：${reason}`;
}

export class TeamEngine {
  private client: CouchClient | null = null;
  private replicas: Replicas | null = null;
  private roles: string[] | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: TeamDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private async connection(): Promise<TeamConnection | null> {
    return this.deps.store.connection.getValue();
  }

  /** The stored status; `pending` is the outbox's size, none without a server (the outbox records every change regardless). */
  async status(): Promise<SyncStatus> {
    const stored = (await this.deps.store.status.getValue()) ?? SYNC_OFF;
    return { ...stored, pending: stored.state === 'off' ? 0 : await this.deps.db.outbox.count() };
  }

  private async update(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const next = { ...(await this.status()), ...patch };
    await this.deps.store.status.setValue(next);
    return next;
  }

  private clientFor(connection: TeamConnection): CouchClient {
    const held = this.client;
    if (held && serverOf(held.connection) === serverOf(connection) && held.connection.password === connection.password) return held;
    return this.useClient(new CouchClient(connection, this.deps.fetch));
  }

  private useClient(client: CouchClient): CouchClient {
    const { adapter, prefix } = this.deps.replica ?? { adapter: 'indexeddb', prefix: '' };
    this.client = client;
    this.replicas = openReplicas(prefix + replicaName(client.connection), client.databaseUrl, client.fetch, adapter);
    return client;
  }

  private failure(caught: unknown): Partial<SyncStatus> {
    this.roles = null;
    // PouchDB passes on a failure of our fetch without its kind: the client remembers it.
    const error = this.client?.takeFailure() ?? caught;
    if (error instanceof DeniedError) return { state: 'denied', lastError: error.message, progress: null };
    if (error instanceof OfflineError) return { state: 'offline', lastError: error.message, progress: null };
    return { state: 'error', lastError: errorText(error), progress: null };
  }

  /** Signs in; on success keeps the connection and puts the whole local ledger in the outbox for the first sync to merge. */
  async connect(connection: TeamConnection): Promise<SyncStatus> {
    const origin = new URL(connection.url).origin;
    if (!(await this.deps.canReach(origin))) return this.update({ ...SYNC_OFF, state: 'error', lastError: noAccess(origin) });
    const client = new CouchClient(connection, this.deps.fetch);
    try {
      this.roles = await client.login();
    } catch (error) {
      return this.update({ ...SYNC_OFF, ...this.failure(error) });
    }
    const previous = await this.connection();
    await this.deps.store.connection.setValue(connection);
    this.useClient(client);
    await noteAllEntries(this.deps.db);
    await clearRefusals(this.deps.db);
    const server = { url: connection.url, db: connection.db, user: connection.user, roles: this.roles };
    const sameServer = previous !== null && serverOf(previous) === serverOf(connection);
    return this.update({ state: 'syncing', server, lastError: null, progress: null, lastSyncAt: sameServer ? (await this.status()).lastSyncAt : null });
  }

  /** Forgets the connection and its password; the local ledger stays. */
  async disconnect(): Promise<SyncStatus> {
    await this.deps.store.connection.removeValue();
    await this.deps.store.checkpoint.removeValue();
    // The replica is only a copy of the server's database: the ledger keeps every entry.
    await this.replicas?.local.destroy();
    this.replicas = null;
    this.client = null;
    this.roles = null;
    return this.update({ ...SYNC_OFF });
  }

  /** One sync; a request while one runs makes it run once more. Resolves when done. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async syncOnce(): Promise<void> {
    const connection = await this.connection();
    if (!connection) return;
    // After a refused login only the user's connecting again tries the password again.
    if ((await this.status()).state === 'denied') return;
    const origin = new URL(connection.url).origin;
    if (!(await this.deps.canReach(origin))) {
      await this.update({ state: 'error', lastError: noAccess(origin), progress: null });
      return;
    }
    const client = this.clientFor(connection);
    const replicas = this.replicas!;
    // A live round with nothing to send stays 'idle', so the pages do not flicker every few seconds.
    const before = await this.status();
    if (before.state !== 'idle' || before.pending > 0) await this.update({ state: 'syncing', progress: null });
    try {
      if (!this.roles) {
        this.roles = await client.login();
        await this.update({ server: { url: connection.url, db: connection.db, user: connection.user, roles: this.roles } });
      }
      const refusals: string[] = [];
      const refusedOnce = new Set<string>();
      for (let round = 0; round < ROUNDS; round++) {
        await this.pull(replicas, connection);
        if (!(await this.push(replicas, refusals, refusedOnce))) break;
      }
      // A refused entry keeps waiting: its reason stays in the status until it is resolved.
      const lastError = refusals.at(-1) ?? (await anyRefusal(this.deps.db));
      await this.update({ state: 'idle', lastSyncAt: toShanghaiISO(this.now()), lastError, progress: null });
    } catch (error) {
      await this.update(this.failure(error));
    }
  }

  /** Writes the outbox to the server, each entry merged with the replica's copy; true when some wait for the next pull (a newer copy on the server, or a first refusal). */
  private async push({ local, remote }: Replicas, refusals: string[], refusedOnce: Set<string>): Promise<boolean> {
    const { db } = this.deps;
    const total = await db.outbox.filter((row) => row.refused === null).count();
    const tried = new Set<string>();
    let done = 0;
    let stale = false;
    for (;;) {
      const handed = await handToSync(db, PUSH_BATCH, tried);
      if (!handed.length) return stale;
      for (const h of handed) tried.add(h.key);
      const found = await local.allDocs({ keys: handed.map((h) => entryDocId(h.key)), include_docs: true });
      const settled: Handed[] = [];
      const sent: { handed: Handed; doc: EntryDoc }[] = [];
      handed.forEach((h, i) => {
        const row = found.rows[i];
        const remoteCopy = row?.doc ? fromEntryDoc(row.doc) : null;
        const rev = row?.value && !row.value.deleted ? { _rev: row.value.rev } : {};
        // New, or not a well-formed entry (replaced on its revision, under the rules' append-only check).
        if (!remoteCopy) {
          sent.push({ handed: h, doc: { ...toEntryDoc(h.local), ...rev } });
          return;
        }
        const merged = mergeEntry(h.local, remoteCopy, this.now());
        if (sameVersion(merged, remoteCopy)) settled.push(h);
        else sent.push({ handed: h, doc: { ...toEntryDoc(merged), ...rev } });
      });
      if (sent.length) {
        const results = await remote.bulkDocs(sent.map((s) => s.doc));
        for (const [i, result] of results.entries()) {
          const { handed: h } = sent[i]!;
          if (result.ok) settled.push(h);
          else if (result.error === 'forbidden' && !refusedOnce.has(h.key)) {
            refusedOnce.add(h.key);
            stale = true;
          } else if (result.error === 'forbidden') {
            const text = refusalText(h, result.reason ?? result.error);
            refusals.push(text);
            await markRefused(db, h, text);
          } else stale = true; // a conflict: the server's copy changed since the last pull; the row stays.
        }
      }
      await confirmSynced(db, settled);
      done += handed.length;
      await this.update({ progress: { done, total } });
    }
  }

  /** Replicates the server's changes into the replica, then reads the replica's changes since the checkpoint into the ledger (merges holding more go into the outbox). */
  private async pull(replicas: Replicas, connection: TeamConnection): Promise<void> {
    await pullIntoReplica(replicas, PULL_BATCH, (done, pending) =>
      void this.update({ progress: { done, total: pending === null ? null : done + pending } }),
    );
    const server = serverOf(connection);
    const stored = await this.deps.store.checkpoint.getValue();
    let since = stored?.server === server ? stored.since : 0;
    const total = since === 0 ? (await replicas.local.info()).doc_count : null;
    const departments = userDepartments((await this.deps.loadSettings()).user.department, this.roles ?? []);
    const device = await this.deps.device();
    const office = this.roles?.includes(OFFICE_ROLE) ?? false;
    let done = 0;
    for (;;) {
      const changes = await replicas.local.changes({ since, limit: PULL_BATCH, include_docs: true, conflicts: true });
      const versions: EntryVersion[] = [];
      for (const change of changes.results) {
        // A deleted document is never taken out of the local ledger.
        if (change.deleted || !change.doc) continue;
        if (change.id === OFFICE_SETTINGS_ID) await this.receiveSettings(change.doc);
        else if (change.id.startsWith(ENTRY_PREFIX)) {
          const doc = change.doc as Record<string, unknown> & { _rev: string };
          const conflicted = Array.isArray(doc._conflicts) && doc._conflicts.length > 0;
          const version = conflicted ? await this.resolve(replicas, doc) : fromEntryDoc(doc);
          if (version) versions.push(version);
        }
      }
      const applied = await applyPulled(this.deps.db, versions, this.now());
      const assigned = applied.filter((c) => assignedToUs(c.merged, c.knownUids, departments, device)).map((c) => c.merged.entry);
      if (assigned.length) this.deps.notifyAssigned(assigned);
      const urgent = office ? applied.filter((c) => urgentCaptureFromOthers(c.merged, c.knownUids, device)).map((c) => c.merged.entry) : [];
      if (urgent.length) this.deps.notifyUrgentCaptured?.(urgent);
      since = changes.last_seq;
      await this.deps.store.checkpoint.setValue({ server, since });
      done += changes.results.length;
      await this.update({ progress: { done, total } });
      if (changes.results.length < PULL_BATCH) return;
    }
  }

  /** Merges every revision of a conflicted document into its winner and tombstones the losers, on the server; the merged version. */
  private async resolve({ local, remote }: Replicas, doc: Record<string, unknown> & { _rev: string }): Promise<EntryVersion | null> {
    const winner = fromEntryDoc(doc);
    if (!winner) return null;
    const open = await local.get(doc._id as string, { open_revs: doc._conflicts as string[] });
    const losers: Revision[] = [];
    for (const item of open) {
      const version = item.ok && !item.ok._deleted ? fromEntryDoc(item.ok) : null;
      if (version) losers.push({ rev: item.ok!._rev as string, version });
    }
    const winnerRevision = { rev: doc._rev, version: winner };
    const merged = mergedRevisions(winnerRevision, losers, this.now());
    const mergedVersion = fromEntryDoc(merged)!;
    let mergedRev = winnerRevision.rev;
    if (!sameVersion(mergedVersion, winner)) {
      const [put] = await remote.bulkDocs([merged]);
      // Refused (a member may not write what the office did on the other branch): the office's sync resolves it.
      if (!put?.ok) return mergedVersion;
      mergedRev = put.rev;
    }
    await remote.bulkDocs(losersTombstones(merged, mergedRev, losers));
    return mergedVersion;
  }

  private async receiveSettings(doc: Record<string, unknown>): Promise<void> {
    const local = await this.deps.loadSettings();
    const next = withSharedSettings(local, doc);
    if (canonicalLine(next) !== canonicalLine(local)) await this.deps.saveSettings(next);
  }

  /** Writes `settings:office` from the local settings' shared sections (the server lets only the office). */
  async publishSettings(): Promise<SyncStatus> {
    const connection = await this.connection();
    if (!connection) return this.update({ lastError: '尚未连接同步服务器 / Not connected to a sync server' });
    this.clientFor(connection);
    const { remote } = this.replicas!;
    try {
      const current = await remote.get(OFFICE_SETTINGS_ID).catch((error: { status?: number }) => {
        if (error.status === 404) return null;
        throw error;
      });
      await remote.put({ _id: OFFICE_SETTINGS_ID, ...(current ? { _rev: current._rev } : {}), ...sharedSettings(await this.deps.loadSettings()) });
      return this.update({ lastError: null });
    } catch (error) {
      const failure = this.client?.takeFailure();
      return this.update(failure ? this.failure(failure) : { lastError: pouchErrorText(error) });
    }
  }
}
