// The team sync: local changes (the outbox) are merged with the server's copies and written with
// their revision; the server's _changes feed is pulled from a checkpoint into the local ledger;
// documents with conflicting revisions are merged and their losers tombstoned. Everything the
// browser provides comes in through TeamDeps, so the same code runs in Node against a real server.
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
import { SYNC_OFF, TEAM_SYNC_STATUS_KEY, type SyncStatus, type TeamConnection } from '@/utils/team/sync-status';
import { canonicalLine } from '@/utils/transfer/canonical-json';
import { errorText } from '@/utils/error-text';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { CouchClient, DeniedError, OfflineError, replyError } from './couch-client';

export const TEAM_CONNECTION_KEY = 'teamConnection';
const CHECKPOINT_KEY = 'teamSyncCheckpoint';
const PUSH_BATCH = 200;
const PULL_BATCH = 500;
/** Push → pull rounds in one sync: a pull whose merge holds more than the server's copy pushes again. */
const ROUNDS = 3;

export interface TeamStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
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
  now?(): Date;
}

interface Checkpoint {
  server: string;
  since: unknown;
}

const serverOf = (c: TeamConnection) => `${c.url}|${c.db}|${c.user}`;
const docPath = (id: string) => `/${encodeURIComponent(id)}`;

function noAccess(origin: string): string {
  return `扩展没有访问 ${origin} 的权限：请在设置页重新连接并允许访问 / The extension may not access ${origin}: connect again from the dashboard and allow it`;
}

function refusalText(handed: Handed, reason: string): string {
  return `条目「${handed.local.entry.title || handed.key}」（${handed.key}）被服务器拒绝：${reason}`;
}

export class TeamEngine {
  private client: CouchClient | null = null;
  private roles: string[] | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: TeamDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private async connection(): Promise<TeamConnection | null> {
    return ((await this.deps.store.get(TEAM_CONNECTION_KEY)) as TeamConnection | undefined) ?? null;
  }

  /** The stored status; `pending` is the outbox's size, none without a server (the outbox records every change regardless). */
  async status(): Promise<SyncStatus> {
    const stored = ((await this.deps.store.get(TEAM_SYNC_STATUS_KEY)) as SyncStatus | undefined) ?? SYNC_OFF;
    return { ...stored, pending: stored.state === 'off' ? 0 : await this.deps.db.outbox.count() };
  }

  private async update(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const next = { ...(await this.status()), ...patch };
    await this.deps.store.set(TEAM_SYNC_STATUS_KEY, next);
    return next;
  }

  private clientFor(connection: TeamConnection): CouchClient {
    const held = this.client;
    if (held && serverOf(held.connection) === serverOf(connection) && held.connection.password === connection.password) return held;
    this.client = new CouchClient(connection, this.deps.fetch);
    return this.client;
  }

  private failure(error: unknown): Partial<SyncStatus> {
    this.roles = null;
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
    await this.deps.store.set(TEAM_CONNECTION_KEY, connection);
    this.client = client;
    await noteAllEntries(this.deps.db);
    await clearRefusals(this.deps.db);
    const server = { url: connection.url, db: connection.db, user: connection.user, roles: this.roles };
    const sameServer = previous !== null && serverOf(previous) === serverOf(connection);
    return this.update({ state: 'syncing', server, lastError: null, progress: null, lastSyncAt: sameServer ? (await this.status()).lastSyncAt : null });
  }

  /** Forgets the connection and its password; the local ledger stays. */
  async disconnect(): Promise<SyncStatus> {
    await this.deps.store.remove(TEAM_CONNECTION_KEY);
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
    // A live round with nothing to send stays 'idle', so the pages do not flicker every few seconds.
    const before = await this.status();
    if (before.state !== 'idle' || before.pending > 0) await this.update({ state: 'syncing', progress: null });
    try {
      if (!this.roles) {
        this.roles = await client.login();
        await this.update({ server: { url: connection.url, db: connection.db, user: connection.user, roles: this.roles } });
      }
      const refusals: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await this.push(client, refusals);
        if (!(await this.pull(client, connection))) break;
      }
      // A refused entry keeps waiting: its reason stays in the status until it is resolved.
      const lastError = refusals.at(-1) ?? (await anyRefusal(this.deps.db));
      await this.update({ state: 'idle', lastSyncAt: toShanghaiISO(this.now()), lastError, progress: null });
    } catch (error) {
      await this.update(this.failure(error));
    }
  }

  private async push(client: CouchClient, refusals: string[]): Promise<void> {
    const { db } = this.deps;
    const total = await db.outbox.filter((row) => row.refused === null).count();
    const tried = new Set<string>();
    let done = 0;
    for (;;) {
      const handed = await handToSync(db, PUSH_BATCH, tried);
      if (!handed.length) return;
      for (const h of handed) tried.add(h.key);
      const found = await client.db('POST', '/_all_docs?include_docs=true', { keys: handed.map((h) => entryDocId(h.key)) });
      if (found.status !== 200) throw new Error(replyError(found));
      const settled: Handed[] = [];
      const sent: { handed: Handed; doc: EntryDoc }[] = [];
      handed.forEach((h, i) => {
        const row = found.json.rows[i];
        const remote = row?.doc ? fromEntryDoc(row.doc) : null;
        if (!remote) {
          // New, or not a well-formed entry (replaced, under the rules' append-only check); on a
          // deleted one CouchDB starts a new revision after the tombstone.
          const rev = row?.value && !row.value.deleted ? { _rev: row.value.rev as string } : {};
          sent.push({ handed: h, doc: { ...toEntryDoc(h.local), ...rev } });
          return;
        }
        const merged = mergeEntry(h.local, remote, this.now());
        if (sameVersion(merged, remote)) settled.push(h);
        else sent.push({ handed: h, doc: { ...toEntryDoc(merged), _rev: row.value.rev as string } });
      });
      if (sent.length) {
        const written = await client.db('POST', '/_bulk_docs', { docs: sent.map((s) => s.doc) });
        if (written.status !== 201 && written.status !== 200) throw new Error(replyError(written));
        const results = written.json as { ok?: boolean; error?: string; reason?: string }[];
        for (const [i, result] of results.entries()) {
          const { handed: h } = sent[i]!;
          if (result.ok) settled.push(h);
          else if (result.error === 'forbidden') {
            const text = refusalText(h, result.reason ?? result.error);
            refusals.push(text);
            await markRefused(db, h, text);
          }
          // A conflict: the server's copy changed meanwhile; the row stays for the next round.
        }
      }
      await confirmSynced(db, settled);
      done += handed.length;
      await this.update({ progress: { done, total } });
    }
  }

  /** Pulls the server's changes since the checkpoint; true when merges went back into the outbox. */
  private async pull(client: CouchClient, connection: TeamConnection): Promise<boolean> {
    const server = serverOf(connection);
    const stored = (await this.deps.store.get(CHECKPOINT_KEY)) as Checkpoint | undefined;
    let since = stored?.server === server ? stored.since : 0;
    let total: number | null = null;
    if (since === 0) {
      const info = await client.db('GET', '');
      if (info.status !== 200) throw new Error(replyError(info));
      total = typeof info.json.doc_count === 'number' ? info.json.doc_count : null;
    }
    const departments = userDepartments((await this.deps.loadSettings()).user.department, this.roles ?? []);
    const device = await this.deps.device();
    let done = 0;
    let sendBack = false;
    for (;;) {
      const query = `since=${encodeURIComponent(String(since))}&limit=${PULL_BATCH}&include_docs=true&conflicts=true`;
      const changes = await client.db('GET', `/_changes?${query}`);
      if (changes.status !== 200) throw new Error(replyError(changes));
      const results = changes.json.results as { id: string; deleted?: boolean; doc?: Record<string, unknown> }[];
      const versions: EntryVersion[] = [];
      for (const change of results) {
        // A deleted document is never taken out of the local ledger.
        if (change.deleted || !change.doc) continue;
        if (change.id === OFFICE_SETTINGS_ID) await this.receiveSettings(change.doc);
        else if (change.id.startsWith(ENTRY_PREFIX)) {
          const version = Array.isArray(change.doc._conflicts) ? await this.resolve(client, change.doc) : fromEntryDoc(change.doc);
          if (version) versions.push(version);
        }
      }
      const applied = await applyPulled(this.deps.db, versions, this.now());
      sendBack ||= applied.some((c) => c.sendBack);
      const assigned = applied.filter((c) => assignedToUs(c.merged, c.knownUids, departments, device)).map((c) => c.merged.entry);
      if (assigned.length) this.deps.notifyAssigned(assigned);
      since = changes.json.last_seq;
      await this.deps.store.set(CHECKPOINT_KEY, { server, since } satisfies Checkpoint);
      done += results.length;
      if (typeof changes.json.pending === 'number') total = done + changes.json.pending;
      await this.update({ progress: { done, total } });
      if (results.length < PULL_BATCH) return sendBack;
    }
  }

  /** Merges every revision of a conflicted document into its winner and tombstones the losers; the merged version. */
  private async resolve(client: CouchClient, doc: Record<string, unknown>): Promise<EntryVersion | null> {
    const winner = fromEntryDoc(doc);
    if (!winner) return null;
    const id = doc._id as string;
    const open = await client.db('GET', `${docPath(id)}?open_revs=${encodeURIComponent(JSON.stringify(doc._conflicts))}`);
    if (open.status !== 200 || !Array.isArray(open.json)) return winner;
    const losers: Revision[] = [];
    for (const item of open.json as { ok?: Record<string, unknown> }[]) {
      const version = item.ok && !item.ok._deleted ? fromEntryDoc(item.ok) : null;
      if (version) losers.push({ rev: item.ok!._rev as string, version });
    }
    const winnerRevision = { rev: doc._rev as string, version: winner };
    const merged = mergedRevisions(winnerRevision, losers, this.now());
    const mergedVersion = fromEntryDoc(merged)!;
    let mergedRev = winnerRevision.rev;
    if (!sameVersion(mergedVersion, winner)) {
      const put = await client.db('PUT', docPath(id), merged);
      // Refused (a member may not write what the office did on the other branch): the office's sync resolves it.
      if (put.status !== 201 && put.status !== 200) return mergedVersion;
      mergedRev = put.json.rev as string;
    }
    await client.db('POST', '/_bulk_docs', { docs: losersTombstones(merged, mergedRev, losers) });
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
    const client = this.clientFor(connection);
    try {
      const current = await client.db('GET', docPath(OFFICE_SETTINGS_ID));
      const rev = current.status === 200 ? { _rev: current.json._rev as string } : {};
      const doc = { _id: OFFICE_SETTINGS_ID, ...rev, ...sharedSettings(await this.deps.loadSettings()) };
      const put = await client.db('PUT', docPath(OFFICE_SETTINGS_ID), doc);
      return this.update({ lastError: put.status === 201 || put.status === 200 ? null : replyError(put) });
    } catch (error) {
      return this.update(this.failure(error));
    }
  }
}
