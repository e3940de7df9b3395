// The team sync engine against the real local CouchDB-compatible server: two or more "PCs", each
// with its own Dexie ledger (fake-indexeddb) and the engine the worker runs.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCouch, type LocalCouch } from '../../tools/team/local-server.mjs';
import { adminClient, ensureDesignDoc, ensureUser, setup, type TeamUser } from '../../tools/team/setup.mjs';
import { LedgerDb } from '../../utils/ledger/db';
import { captureEntries, newEntry } from '../../utils/ledger/capture';
import { addNote, assign, close, start } from '../../utils/ledger/actions';
import { defaultSettings } from '../../utils/settings/defaults';
import type { Settings } from '../../utils/settings/types';
import type { LedgerEntry } from '../../utils/ledger/types';
import type { SyncStatus } from '../../utils/team/sync-status';
import { TeamEngine, type StoredValue } from '../../entrypoints/background/team/engine';
import memoryAdapter from 'pouchdb-adapter-memory';
import { WRONG_PASSWORD } from '../../entrypoints/background/team/couch-client';
import { addReplicaAdapter } from '../../entrypoints/background/team/replica';
import { post, sh } from '../unit/ledger/helpers';

addReplicaAdapter(memoryAdapter);

const DB = 'forumwatch';
const OFFICE: TeamUser = { name: 'bangongshi', password: 'office-pass-2026', roles: ['fw-member', 'fw-office'] };
const MEMBER: TeamUser = { name: 'xiaowang', password: 'chengjian-pass-2026', roles: ['fw-member', 'fw-dept:城建科'] };
const LEAVER: TeamUser = { name: 'xiaoli', password: 'xiaoli-pass-2026', roles: ['fw-member', 'fw-dept:城建科'] };

let couch: LocalCouch;
let dir: string;
let port: number;
let serial = 0;

interface Pc {
  db: LedgerDb;
  engine: TeamEngine;
  settings: Settings;
  /** Every status the engine stored, in order. */
  statuses: SyncStatus[];
  assigned: LedgerEntry[];
  /** 紧急 captures of other PCs the engine announced. */
  urgent: LedgerEntry[];
  requests: () => number;
  /** Documents written to the server (_bulk_docs, PUT of a document). */
  writes: () => number;
  connect(user: TeamUser): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
}

/** A stored value in this PC's memory (each PC of a test has its own); `onSet` hears every value stored. */
function memoryValue<T>(onSet?: (value: T) => void): StoredValue<T> {
  let held: T | null = null;
  return {
    getValue: async () => held,
    setValue: async (value) => {
      onSet?.(value);
      held = structuredClone(value);
    },
    removeValue: async () => void (held = null),
  };
}

function pc(department = '', granted = true): Pc {
  const db = new LedgerDb(`team-sync-${serial++}`);
  const statuses: SyncStatus[] = [];
  const assigned: LedgerEntry[] = [];
  const urgent: LedgerEntry[] = [];
  const settings = defaultSettings();
  settings.user = { name: `PC${serial}`, department };
  let requests = 0;
  let writes = 0;
  const device = `pc-${serial}`;
  const engine = new TeamEngine({
    db,
    store: { connection: memoryValue(), status: memoryValue((status) => void statuses.push(status)), checkpoint: memoryValue() },
    fetch: (input, init) => {
      requests++;
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method === 'PUT' || (init?.method === 'POST' && url.includes('/_bulk_docs'))) writes++;
      return fetch(input, init);
    },
    device: async () => device,
    loadSettings: async () => structuredClone(settings),
    saveSettings: async (next) => void Object.assign(settings, next),
    canReach: async () => granted,
    notifyAssigned: (entries) => void assigned.push(...entries),
    notifyUrgentCaptured: (entries) => void urgent.push(...entries),
    // fake-indexeddb ends PouchDB's IndexedDB transactions early; the browser runs the IndexedDB adapter.
    replica: { adapter: 'memory', prefix: `${device}:` },
  });
  const self: Pc = {
    db,
    engine,
    settings,
    statuses,
    assigned,
    urgent,
    requests: () => requests,
    writes: () => writes,
    async connect(user) {
      const status = await engine.connect({ url: couch.url, db: DB, user: user.name, password: user.password });
      await engine.sync();
      return status;
    },
    status: () => engine.status(),
  };
  return self;
}

const ctx = (actor: string, at = '2026-11-12 09:00') => {
  const settings = defaultSettings();
  settings.user.name = actor;
  return { now: sh(at), settings };
};

const captureCtx = (actor: string) => ({ now: sh('2026-11-12 08:30'), actor, dueFor: () => '2026-11-12T17:30:00+08:00', departmentFor: () => null });

async function admin(method: string, path: string, body?: unknown) {
  return adminClient(couch.url, couch.admin).request(method, `/${DB}${path}`, body);
}

const notesOf = async (db: LedgerDb, key: string) =>
  (await db.events.where('key').equals(key).toArray()).filter((e) => e.type === 'note').map((e) => e.note).sort();

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

async function restartServer(): Promise<void> {
  await couch.close();
  couch = await startLocalCouch({ dataDir: join(dir, 'couch'), port });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fw-team-sync-'));
  port = await unusedPort();
  couch = await startLocalCouch({ dataDir: join(dir, 'couch'), port });
  await setup({ url: couch.url, db: DB, admin: couch.admin, users: [OFFICE, MEMBER, LEAVER] });
});

afterAll(async () => {
  await couch?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('team sync between two PCs', () => {
  const office = pc();
  const member = pc('城建科');
  const key = post(301).key;

  it('a capture on one PC reaches the other, with the same history', async () => {
    expect((await office.connect(OFFICE)).server?.roles).toEqual(['fw-member', 'fw-office']);
    await member.connect(MEMBER);
    await captureEntries(office.db, [post(301)], captureCtx('值班员小张'));
    await office.engine.sync();
    await member.engine.sync();
    expect(await member.db.entries.get(key)).toEqual(await office.db.entries.get(key));
    const uids = async (db: LedgerDb) => (await db.events.where('key').equals(key).toArray()).map((e) => e.uid);
    expect(await uids(member.db)).toEqual(await uids(office.db));
    expect(await office.status()).toMatchObject({ state: 'idle', pending: 0, lastError: null });
  });

  it("an assignment to the member's department by the office is announced on the member's PC", async () => {
    await assign(office.db, key, '城建科', ctx('办公室老李'));
    await office.engine.sync();
    await member.engine.sync();
    expect(member.assigned.map((e) => e.key)).toEqual([key]);
    expect(office.assigned).toEqual([]);
  });

  it('both edit the same entry while the server is down: after it is back both edits are everywhere, with no conflicts left', async () => {
    await couch.close();
    await addNote(office.db, key, '办公室：已电话联系', ctx('办公室老李', '2026-11-12 10:00'));
    await addNote(member.db, key, '城建科：已派人查看', ctx('城建科小王', '2026-11-12 10:01'));
    await office.engine.sync();
    expect(await office.status()).toMatchObject({ state: 'offline', pending: 1 });
    couch = await startLocalCouch({ dataDir: join(dir, 'couch'), port });
    await office.engine.sync();
    await member.engine.sync();
    await office.engine.sync();
    const both = ['办公室：已电话联系', '城建科：已派人查看'];
    expect(await notesOf(office.db, key)).toEqual(both);
    expect(await notesOf(member.db, key)).toEqual(both);
    const doc = await admin('GET', `/${encodeURIComponent(`entry:${key}`)}?conflicts=true`);
    expect(doc.json._conflicts).toBeUndefined();
    expect(doc.json.events.filter((e: { type: string }) => e.type === 'note')).toHaveLength(2);
    expect([await office.status(), await member.status()].map((s) => s.pending)).toEqual([0, 0]);
  });

  it('conflicting revisions on the server are merged into one and the losing one is tombstoned', async () => {
    const id = encodeURIComponent(`entry:${key}`);
    const current = (await admin('GET', `/${id}?revs=true`)).json;
    // Two replicas each added a note to the current revision: two children of it, as replication writes them.
    const branch = (rev: string, note: string) => ({
      ...current,
      _rev: `${current._revisions.start + 1}-${rev}`,
      _revisions: { start: current._revisions.start + 1, ids: [rev, ...current._revisions.ids] },
      events: [...current.events, { key, uid: `branch-${rev}`, seq: 9, device: 'pc-replica', at: '2026-11-12T11:00:00+08:00', actor: '备份服务器', type: 'note', note }],
    });
    // pouchdb-server drops replicated writes (new_edits: false) even from an admin while the rules are installed.
    const rules = (await admin('GET', '/_design/forumwatch')).json;
    await admin('DELETE', `/_design/forumwatch?rev=${rules._rev}`);
    const written = await admin('POST', '/_bulk_docs', { new_edits: false, docs: [branch('a'.repeat(32), '分支甲'), branch('f'.repeat(32), '分支乙')] });
    expect(written.status).toBe(201);
    await ensureDesignDoc(adminClient(couch.url, couch.admin), DB);
    expect((await admin('GET', `/${id}?conflicts=true`)).json._conflicts.length).toBeGreaterThan(0);

    await member.engine.sync();
    const resolved = (await admin('GET', `/${id}?conflicts=true`)).json;
    expect(resolved._conflicts).toBeUndefined();
    const notes = resolved.events.filter((e: { type: string }) => e.type === 'note').map((e: { note: string }) => e.note).sort();
    expect(notes).toEqual(['分支乙', '分支甲', '办公室：已电话联系', '城建科：已派人查看'].sort());
    await office.engine.sync();
    expect(await notesOf(office.db, key)).toEqual(notes);
  });

  it("a member closing an entry is refused with the server's reason, and the entry is not sent again", async () => {
    await start(member.db, key, ctx('城建科小王', '2026-11-12 12:00'));
    await close(member.db, key, ctx('城建科小王', '2026-11-12 12:05'));
    await member.engine.sync();
    const refused = await member.status();
    expect(refused.lastError).toContain('只有局办公室可以办结条目 / Only the office may close an entry');
    expect(refused.lastError).toContain(key);
    expect(refused.pending).toBe(1);
    const before = member.writes();
    await member.engine.sync();
    // A sync without anything to send writes nothing (PouchDB only reads the changes and keeps its checkpoint); the refusal stays.
    expect(member.writes() - before).toBe(0);
    expect((await member.status()).lastError).toBe(refused.lastError);
    expect((await admin('GET', `/${encodeURIComponent(`entry:${key}`)}`)).json.status).not.toBe('closed');
  });
});

describe('shared settings', () => {
  it("the office publishes its settings and a member receives them, keeping who they are; a member's publishing is refused", async () => {
    const office = pc();
    const member = pc('城建科');
    await office.connect(OFFICE);
    await member.connect(MEMBER);
    office.settings.calendar = { extraHolidays: ['2026-12-31'], extraWorkdays: ['2027-01-04'] };
    office.settings.user = { name: '办公室老李', department: '局办公室' };
    expect((await office.engine.publishSettings()).lastError).toBeNull();
    await member.engine.sync();
    expect(member.settings.calendar).toEqual({ extraHolidays: ['2026-12-31'], extraWorkdays: ['2027-01-04'] });
    expect(member.settings.user.department).toBe('城建科');
    expect((await member.engine.publishSettings()).lastError).toBe('只有局办公室可以修改共享设置 / Only the office may change the shared settings');
  });
});

describe('signing in', () => {
  it('without the host permission for the server nothing is sent and the status says why', async () => {
    const someone = pc('', false);
    const status = await someone.connect(OFFICE);
    expect(status).toMatchObject({ state: 'error', server: null });
    expect(status.lastError).toContain(`扩展没有访问 ${couch.url} 的权限`);
    expect(someone.requests()).toBe(0);
  });

  it('a wrong password is denied and not tried again', async () => {
    const someone = pc();
    const status = await someone.connect({ ...MEMBER, password: 'not-the-password' });
    expect(status).toMatchObject({ state: 'denied', lastError: WRONG_PASSWORD, server: null });
    const before = someone.requests();
    await someone.engine.sync();
    expect(someone.requests()).toBe(before);
  });

  it('a password changed on the server stops the sync after one new login, until the user connects again', async () => {
    const leaver = pc('城建科');
    await leaver.connect(LEAVER);
    expect((await leaver.status()).state).toBe('idle');
    await ensureUser(adminClient(couch.url, couch.admin), { ...LEAVER, password: 'changed-pass-2026' });
    // pouchdb-server makes a new cookie secret at each start: the session ends and a new login is needed.
    await restartServer();
    await leaver.engine.sync();
    expect(await leaver.status()).toMatchObject({ state: 'denied', lastError: WRONG_PASSWORD });
    const before = leaver.requests();
    await leaver.engine.sync();
    await leaver.engine.sync();
    expect(leaver.requests()).toBe(before);
  });
});

describe('disconnecting', () => {
  it('forgets the password and stops syncing; the local ledger stays', async () => {
    const leaving = pc();
    await leaving.connect(OFFICE);
    const entries = await leaving.db.entries.count();
    expect(entries).toBeGreaterThan(0);
    expect(await leaving.engine.disconnect()).toMatchObject({ state: 'off', server: null, pending: 0 });
    const before = leaving.requests();
    await captureEntries(leaving.db, [post(501)], captureCtx('甲'));
    await leaving.engine.sync();
    expect(leaving.requests()).toBe(before);
    expect(await leaving.db.entries.count()).toBe(entries + 1);
    expect(JSON.stringify(await leaving.status())).not.toContain(OFFICE.password);
  });
});

describe('joining', () => {
  it('two PCs with their own ledgers join: one entry per key, holding both histories', async () => {
    const first = pc();
    const second = pc();
    await captureEntries(first.db, [post(401), post(402)], captureCtx('甲'));
    await captureEntries(second.db, [post(402), post(403)], captureCtx('乙'));
    await first.connect(OFFICE);
    await second.connect(OFFICE);
    await first.engine.sync();
    for (const side of [first, second]) {
      const keys = (await side.db.entries.toCollection().primaryKeys()).filter((k) => /\/p40\d$/.test(k));
      expect(keys.sort()).toEqual([post(401).key, post(402).key, post(403).key]);
      expect((await side.db.events.where('key').equals(post(402).key).toArray()).map((e) => e.actor).sort()).toEqual(['乙', '甲']);
    }
    const onServer = await admin('GET', `/${encodeURIComponent(`entry:${post(402).key}`)}`);
    expect(onServer.json.events).toHaveLength(2);
  });
});

describe('a 紧急 capture in the shared ledger', () => {
  const office = pc();
  const member = pc('城建科');

  it("a member's 紧急 capture is announced on the office's PC, not on the member's own", async () => {
    const urgentPost = { ...post(501), level: 'urgent' as const };
    await office.connect(OFFICE);
    await member.connect(MEMBER);
    await captureEntries(member.db, [urgentPost], captureCtx('城建科小王'));
    await member.engine.sync();
    await office.engine.sync();
    expect(office.urgent.map((e) => e.key)).toEqual([urgentPost.key]);
    expect(member.urgent).toEqual([]);
    // Pulled again (another change to it), it is no news.
    await addNote(member.db, urgentPost.key, '已到现场', ctx('城建科小王'));
    await member.engine.sync();
    await office.engine.sync();
    expect(office.urgent).toHaveLength(1);
  });
});

describe('a large first sync', () => {
  it('pulls 10,000 entries and reports its progress', { timeout: 300_000 }, async () => {
    const docs = Array.from({ length: 10_000 }, (_, i) => {
      const entry = newEntry(post(100_000 + i, 9), '2026-11-12T08:30:00+08:00', null, null);
      const event = { key: entry.key, uid: `bulk-${i}`, seq: 1, device: 'pc-office', at: entry.capturedAt, actor: '办公室', type: 'capture', to: 'new' };
      return { _id: `entry:${entry.key}`, ...entry, events: [event] };
    });
    for (let i = 0; i < docs.length; i += 2000) expect((await admin('POST', '/_bulk_docs', { docs: docs.slice(i, i + 2000) })).status).toBe(201);
    const newcomer = pc();
    await newcomer.connect(OFFICE);
    expect(await newcomer.db.entries.filter((e) => e.tid === '9').count()).toBe(10_000);
    const pulls = newcomer.statuses.filter((s) => s.progress && s.progress.total !== null && s.progress.total > 10_000);
    expect(pulls.length).toBeGreaterThan(5);
    expect(pulls.map((s) => s.progress!.done)).toEqual([...pulls.map((s) => s.progress!.done)].sort((a, b) => a - b));
    expect((await newcomer.status()).state).toBe('idle');
  });
});
