// The shared 台账's server side over real HTTP: the set-up command against the local
// CouchDB-compatible server, then who may write what. Where pouchdb-server answers differently
// from CouchDB 3 the assertion is pouchdb-server's and the comment says what CouchDB 3 does.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCouch, type LocalCouch } from '../../tools/team/local-server.mjs';
import { adminClient, ensureDesignDoc, setup, validateSource, type TeamUser } from '../../tools/team/setup.mjs';
import { assignedDoc, capturedDoc, withStep } from '../unit/team/team-docs';

const DB = 'forumwatch';
const OFFICE: TeamUser = { name: 'bangongshi', password: 'office-pass-2026', roles: ['fw-member', 'fw-office'] };
const MEMBER: TeamUser = { name: 'xiaowang', password: 'chengjian-pass-2026', roles: ['fw-member', 'fw-dept:城建科'] };

type Outcome = readonly [zh: string, en: string];
const CREATED: Outcome = ['已创建', 'created'];
const UPDATED: Outcome = ['已更新', 'updated'];
const UNCHANGED: Outcome = ['无变化', 'unchanged'];

/** What the set-up command prints for its steps, with these outcomes (the users' step for both users). */
function stepLines(database: Outcome, security: Outcome, rules: Outcome, users: Outcome): string[] {
  const line = (zh: string, en: string, [zhOutcome, enOutcome]: Outcome) => `${zh}：${zhOutcome} / ${en}: ${enOutcome}`;
  return [
    line(`数据库 ${DB}`, `database ${DB}`, database),
    line(`${DB} 的权限（_security）`, `${DB} _security`, security),
    line('写入规则（_design/forumwatch）', 'write rules (_design/forumwatch)', rules),
    line('用户 bangongshi（fw-member、fw-office）', 'user bangongshi', users),
    line('用户 xiaowang（fw-member、fw-dept:城建科）', 'user xiaowang', users),
  ];
}

let couch: LocalCouch;
let dir: string;
let firstRun: string[];

type Credentials = Pick<TeamUser, 'name' | 'password'> | null;

async function call(who: Credentials, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who) headers.authorization = `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`;
  const response = await fetch(`${couch.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const docPath = (id: string) => `/${DB}/${encodeURIComponent(id)}`;

/** Writes a doc as the admin (the office's earlier work, set up for a test) and returns it with its revision. */
async function seeded<T extends { _id: string }>(doc: T): Promise<T & { _rev: string }> {
  const saved = await call(couch.admin, 'PUT', docPath(doc._id), doc);
  expect(saved.status).toBe(201);
  return { ...doc, _rev: saved.json.rev as string };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fw-team-server-'));
  couch = await startLocalCouch({ dataDir: join(dir, 'couch') });
  firstRun = [];
  await setup({ url: couch.url, db: DB, admin: couch.admin, users: [OFFICE, MEMBER], log: (line) => firstRun.push(line) });
});

afterAll(async () => {
  await couch?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('set-up command', () => {
  it('creates the database, its security, the rules and the users', async () => {
    expect(firstRun).toEqual([...stepLines(CREATED, UPDATED, CREATED, CREATED), '设置完成 / Set-up done']);
    const security = await call(couch.admin, 'GET', `/${DB}/_security`);
    expect(security.json).toEqual({ admins: { names: ['admin'], roles: [] }, members: { names: [], roles: ['fw-member'] } });
    const design = await call(couch.admin, 'GET', `/${DB}/_design/forumwatch`);
    expect(design.json.validate_doc_update).toBe(validateSource());
  });

  it('run again from the command line with the password in the environment, changes nothing, says so and prints no password', async () => {
    const usersFile = join(dir, 'users.json');
    writeFileSync(usersFile, JSON.stringify([OFFICE, MEMBER]));
    // The password from the environment, so it is not on the command line either.
    const args = ['tools/team/setup.mjs', '--url', couch.url, '--db', DB, '--admin', couch.admin.name, '--users', usersFile];
    const env = { ...process.env, FW_COUCH_ADMIN_PASSWORD: couch.admin.password };
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { env });
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual([
      ...stepLines(UNCHANGED, UNCHANGED, UNCHANGED, UNCHANGED),
      '没有改动：服务器已按此设置好 / Nothing changed: the server was already set up this way',
    ]);
    for (const secret of [couch.admin.password, OFFICE.password, MEMBER.password]) expect(stdout).not.toContain(secret);
  });

  it('a changed password is set again; the old one stops working', async () => {
    const changed = { ...MEMBER, password: 'new-chengjian-pass' };
    const lines: string[] = [];
    await setup({ url: couch.url, db: DB, admin: couch.admin, users: [changed], log: (line) => lines.push(line) });
    expect(lines).toContain('用户 xiaowang（fw-member、fw-dept:城建科）：已更新 / user xiaowang: updated');
    expect((await call(MEMBER, 'GET', `/${DB}`)).status).toBe(401);
    await setup({ url: couch.url, db: DB, admin: couch.admin, users: [MEMBER] });
    expect((await call(MEMBER, 'GET', `/${DB}`)).status).toBe(200);
  });

  it('changed rules replace the design doc in place', async () => {
    const client = adminClient(couch.url, couch.admin);
    const before = await call(couch.admin, 'GET', `/${DB}/_design/forumwatch`);
    expect(await ensureDesignDoc(client, DB, `${validateSource()}\n`)).toBe('updated');
    expect(await ensureDesignDoc(client, DB)).toBe('updated');
    const after = await call(couch.admin, 'GET', `/${DB}/_design/forumwatch`);
    expect(after.json.validate_doc_update).toBe(validateSource());
    expect(Number.parseInt(after.json._rev, 10)).toBe(Number.parseInt(before.json._rev, 10) + 2);
  });

  it('a wrong admin password is said in words', async () => {
    await expect(setup({ url: couch.url, db: DB, admin: { name: 'admin', password: 'wrong' } })).rejects.toThrow(
      '管理员 admin 的用户名或密码不对（401） / Wrong name or password for admin admin (401)',
    );
  });

  it('an office account given as the admin is told apart from a wrong password', async () => {
    await expect(setup({ url: couch.url, db: DB, admin: OFFICE })).rejects.toThrow('bangongshi 不是服务器管理员 / bangongshi is not a server admin');
  });

  it('a server that is not running is said in words', async () => {
    const port = await unusedPort();
    await expect(setup({ url: `http://127.0.0.1:${port}`, db: DB, admin: couch.admin })).rejects.toThrow(
      `连不上 http://127.0.0.1:${port}（ECONNREFUSED），请检查地址和 CouchDB 是否在运行`,
    );
  });
});

describe('who may write what', () => {
  it('the office writes the shared settings; a 城建科 member is refused with the reason', async () => {
    const settings = { _id: 'settings:office', topics: [], staff: [], templates: [], calendar: {}, sla: {}, siteProfiles: [] };
    expect((await call(OFFICE, 'PUT', docPath(settings._id), settings)).status).toBe(201);
    const refused = await call(MEMBER, 'PUT', docPath('settings:other-try'), { _id: 'settings:other-try' });
    expect(refused).toEqual({
      status: 403,
      json: { error: 'forbidden', reason: '共享台账里只能保存台账条目和共享设置 / The shared ledger holds only ledger entries and the shared settings' },
    });
    const current = await call(MEMBER, 'GET', docPath(settings._id));
    const rewrite = await call(MEMBER, 'PUT', docPath(settings._id), { ...current.json, topics: ['城建'] });
    expect(rewrite).toEqual({
      status: 403,
      json: { error: 'forbidden', reason: '只有局办公室可以修改共享设置 / Only the office may change the shared settings' },
    });
  });

  it('a member captures a new entry', async () => {
    const doc = capturedDoc(101);
    expect((await call(MEMBER, 'PUT', docPath(doc._id), doc)).status).toBe(201);
    expect((await call(MEMBER, 'GET', docPath(doc._id))).json.events).toEqual(doc.events);
  });

  it("a member cannot close another department's entry", async () => {
    const other = await seeded(withStep(assignedDoc('交通运输局', 102), { status: 'replied' }, 'reply'));
    const closed = await call(MEMBER, 'PUT', docPath(other._id), withStep(other, { status: 'closed' }, 'status'));
    expect(closed).toEqual({
      status: 403,
      json: { error: 'forbidden', reason: '只能处理分派给本部门的条目 / Only entries assigned to your own department can be changed' },
    });
  });

  it("a member cannot close their own department's entry either; the office can", async () => {
    const own = await seeded(withStep(assignedDoc('城建科', 103), { status: 'replied' }, 'reply'));
    const closing = withStep(own, { status: 'closed' }, 'status');
    expect(await call(MEMBER, 'PUT', docPath(own._id), closing)).toEqual({
      status: 403,
      json: { error: 'forbidden', reason: '只有局办公室可以办结条目 / Only the office may close an entry' },
    });
    expect((await call(OFFICE, 'PUT', docPath(own._id), closing)).status).toBe(201);
  });

  it('a member cannot drop an event, neither by a write nor through _bulk_docs as replication sends it', async () => {
    const own = await seeded(assignedDoc('城建科', 104));
    const dropped = { ...withStep(own, { status: 'in_progress' }, 'status'), events: own.events.slice(1) };
    const reason = '不能删除处理记录 / History events cannot be removed';
    expect(await call(MEMBER, 'PUT', docPath(own._id), dropped)).toEqual({ status: 403, json: { error: 'forbidden', reason } });
    // Replication writes revisions the client made itself: new_edits false, the parent named in _revisions.
    const [depth, parent] = own._rev.split('-');
    const replicated = { ...dropped, _rev: `${Number(depth) + 1}-0f1e2d3c`, _revisions: { start: Number(depth) + 1, ids: ['0f1e2d3c', parent] } };
    const bulk = await call(MEMBER, 'POST', `/${DB}/_bulk_docs`, { new_edits: false, docs: [replicated] });
    expect(bulk.json).toEqual([{ id: own._id, error: 'forbidden', reason }]);
    expect((await call(MEMBER, 'GET', docPath(own._id))).json.events).toEqual(own.events);
  });

  it('a member cannot delete an entry', async () => {
    const own = await seeded(assignedDoc('城建科', 105));
    const deleted = await call(MEMBER, 'DELETE', `${docPath(own._id)}?rev=${own._rev}`);
    expect(deleted).toEqual({ status: 403, json: { error: 'forbidden', reason: '台账条目不能删除 / Ledger entries cannot be deleted' } });
  });

  it('a wrong password gets 401', async () => {
    expect((await call({ name: MEMBER.name, password: 'not-the-password' }, 'GET', `/${DB}`)).status).toBe(401);
  });

  it('anonymous visitors can neither read nor write', async () => {
    expect((await call(null, 'GET', `/${DB}/_all_docs`)).status).toBe(401);
    const doc = capturedDoc(106);
    expect((await call(null, 'PUT', docPath(doc._id), doc)).status).toBe(401);
  });

  it('a user without fw-member is kept out (pouchdb-server: 401; CouchDB 3: 403)', async () => {
    const outsider = { name: 'laozhang', password: 'outsider-pass-2026' };
    const user = { ...outsider, roles: ['fw-dept:城建科'], type: 'user' };
    expect((await call(couch.admin, 'PUT', `/_users/org.couchdb.user:${outsider.name}`, user)).status).toBe(201);
    expect((await call(outsider, 'GET', `/${DB}/_all_docs`)).status).toBe(401);
    const doc = capturedDoc(107);
    expect((await call(outsider, 'PUT', docPath(doc._id), doc)).status).toBe(401);
  });
});

describe('local server', () => {
  it('a restart over the same data keeps the database, its rules and its users', async () => {
    await couch.close();
    couch = await startLocalCouch({ dataDir: join(dir, 'couch') });
    const entries = await call(MEMBER, 'GET', `/${DB}/_all_docs?startkey="entry:"&endkey="entry:\uffff"`);
    expect(entries.status).toBe(200);
    expect(entries.json.rows.length).toBeGreaterThan(0);
    const settings = await call(MEMBER, 'GET', docPath('settings:office'));
    expect((await call(MEMBER, 'PUT', docPath('settings:office'), settings.json)).status).toBe(403);
  });
});
