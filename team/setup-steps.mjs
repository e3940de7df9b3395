// The set-up steps for the office's shared 台账 database on CouchDB 3, over fetch only, so the
// set-up command (tools/team/setup.mjs) and the dashboard run the same code. Idempotent; no step
// ever puts a password into a message.

export const DESIGN_ID = '_design/forumwatch';
export const MEMBER_ROLE = 'fw-member';
const ROLE = /^(fw-member|fw-office|fw-dept:\S.*)$/;

export class SetupError extends Error {}

const base64 = (text) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** A CouchDB client that acts as the server admin. Every failure becomes a SetupError saying what to do. */
export function adminClient(serverUrl, admin) {
  let base;
  try {
    base = new URL(serverUrl);
  } catch {
    throw new SetupError(`--url 不是网址：${serverUrl} / --url is not an address: ${serverUrl}`);
  }
  if (base.username || base.password) {
    throw new SetupError('网址里不要写账号密码，请用 --admin 提供 / Put no credentials in --url; give them with --admin');
  }
  const origin = base.href.replace(/\/$/, '');
  const authorization = `Basic ${base64(`${admin.name}:${admin.password}`)}`;
  const request = async (method, path, body) => {
    let response;
    try {
      response = await fetch(`${origin}${path}`, {
        method,
        // No cookie: a user's session cookie set by passwordWorks would otherwise stand in for the admin.
        credentials: 'omit',
        headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const why = error?.cause?.code ?? error?.cause?.message ?? error.message;
      throw new SetupError(`连不上 ${origin}（${why}），请检查地址和 CouchDB 是否在运行 / Cannot reach ${origin} (${why}): check the address and that CouchDB is running`);
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      throw new SetupError(`${origin} 回应的不是 CouchDB（${response.status}） / ${origin} did not answer like CouchDB (${response.status})`);
    }
    if (response.status === 401) {
      throw new SetupError(`管理员 ${admin.name} 的用户名或密码不对（401） / Wrong name or password for admin ${admin.name} (401)`);
    }
    if (response.status === 403) throw notAdmin(admin.name);
    return { status: response.status, json };
  };
  return { origin, request };
}

const notAdmin = (name) => new SetupError(`${name} 不是服务器管理员 / ${name} is not a server admin`);

/** A user who is not a server admin would get 401 further on, which reads like a wrong password. */
export async function checkAdmin({ request }, name) {
  const { json } = await request('GET', '/_session');
  if (!json?.userCtx?.roles?.includes('_admin')) throw notAdmin(name);
}

function failed(zh, en, { status, json }) {
  const answer = [status, json?.error, json?.reason].filter(Boolean).join(' ');
  return new SetupError(`${zh}失败（${answer}） / ${en} failed (${answer})`);
}

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const union = (list, value) => (list.includes(value) ? list : [...list, value]);

export async function ensureDatabase({ request }, db) {
  const path = `/${encodeURIComponent(db)}`;
  const found = await request('GET', path);
  if (found.status === 200) return 'unchanged';
  if (found.status !== 404) throw failed(`读取数据库 ${db}`, `Reading database ${db}`, found);
  const created = await request('PUT', path);
  if (created.status !== 201 && created.status !== 202) throw failed(`创建数据库 ${db}`, `Creating database ${db}`, created);
  return 'created';
}

/** The admin among the database's admins and role fw-member among its members; anything else already there stays. */
export async function ensureSecurity({ request }, db, adminName) {
  const path = `/${encodeURIComponent(db)}/_security`;
  const found = await request('GET', path);
  if (found.status !== 200) throw failed(`读取 ${db} 的权限`, `Reading ${db}/_security`, found);
  const current = found.json ?? {};
  const part = (name) => ({ names: current[name]?.names ?? [], roles: current[name]?.roles ?? [] });
  const admins = part('admins');
  const members = part('members');
  const wanted = {
    ...current,
    admins: { ...admins, names: union(admins.names, adminName) },
    members: { ...members, roles: union(members.roles, MEMBER_ROLE) },
  };
  if (sameJson(wanted.admins, current.admins) && sameJson(wanted.members, current.members)) return 'unchanged';
  const saved = await request('PUT', path, wanted);
  if (saved.status !== 200) throw failed(`设置 ${db} 的权限`, `Writing ${db}/_security`, saved);
  return 'updated';
}

/** `source`: the text of team/validate-doc-update.js. */
export async function ensureDesignDoc({ request }, db, source) {
  const path = `/${encodeURIComponent(db)}/${DESIGN_ID}`;
  const found = await request('GET', path);
  if (found.status !== 200 && found.status !== 404) throw failed(`读取 ${DESIGN_ID}`, `Reading ${DESIGN_ID}`, found);
  if (found.status === 200 && found.json.validate_doc_update === source) return 'unchanged';
  const doc = { ...(found.status === 200 ? found.json : { _id: DESIGN_ID }), validate_doc_update: source };
  const saved = await request('PUT', path, doc);
  if (saved.status !== 201 && saved.status !== 202) throw failed(`保存 ${DESIGN_ID}`, `Writing ${DESIGN_ID}`, saved);
  return found.status === 200 ? 'updated' : 'created';
}

/** Checks a users list; the message names the user (never the password). */
export function checkedUsers(list) {
  if (!Array.isArray(list)) throw new SetupError('用户文件应是一个数组 / The users file must hold an array');
  return list.map((user, i) => {
    const who = `用户 ${i + 1}${typeof user?.name === 'string' ? `（${user.name}）` : ''}`;
    const whoEn = `user ${i + 1}${typeof user?.name === 'string' ? ` (${user.name})` : ''}`;
    if (typeof user?.name !== 'string' || !/^[^_:\s][^:\s]*$/.test(user.name)) {
      throw new SetupError(`${who}：用户名不能为空，不能以 _ 开头，不能有冒号或空格 / ${whoEn}: the name must not be empty, start with _, or hold a colon or space`);
    }
    if (typeof user.password !== 'string' || user.password.length < 8) {
      throw new SetupError(`${who}：密码至少 8 个字符 / ${whoEn}: the password needs at least 8 characters`);
    }
    const roles = user.roles;
    if (!Array.isArray(roles) || !roles.includes(MEMBER_ROLE)) {
      throw new SetupError(`${who}：角色里要有 ${MEMBER_ROLE} / ${whoEn}: the roles must include ${MEMBER_ROLE}`);
    }
    const unknown = roles.find((role) => typeof role !== 'string' || !ROLE.test(role));
    if (unknown !== undefined) {
      throw new SetupError(`${who}：不认识的角色 ${JSON.stringify(unknown)}（可用 fw-member、fw-office、fw-dept:部门名） / ${whoEn}: unknown role ${JSON.stringify(unknown)} (use fw-member, fw-office, fw-dept:<department>)`);
    }
    return { name: user.name, password: user.password, roles: [...new Set(roles)] };
  });
}

/** Whether the server accepts this name and password: the stored password is only a hash. */
async function passwordWorks(origin, user) {
  const answer = await fetch(`${origin}/_session`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user.name, password: user.password }),
  });
  return answer.status === 200;
}

export async function ensureUser({ origin, request }, user) {
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
  const found = await request('GET', path);
  if (found.status !== 200 && found.status !== 404) throw failed(`读取用户 ${user.name}`, `Reading user ${user.name}`, found);
  if (found.status === 200 && sameJson([...found.json.roles].sort(), [...user.roles].sort()) && (await passwordWorks(origin, user))) {
    return 'unchanged';
  }
  const current = found.status === 200 ? found.json : { _id: `org.couchdb.user:${user.name}` };
  const saved = await request('PUT', path, { ...current, name: user.name, type: 'user', roles: user.roles, password: user.password });
  if (saved.status === 404) {
    throw new SetupError('服务器上没有 _users 库：CouchDB 还没做单节点设置（打开 /_utils#setup） / The server has no _users database: finish CouchDB\'s single-node set-up (/_utils#setup)');
  }
  if (saved.status !== 201 && saved.status !== 202) throw failed(`保存用户 ${user.name}`, `Writing user ${user.name}`, saved);
  return found.status === 200 ? 'updated' : 'created';
}

/** Runs every step in order; `onStep` gets each step's names and outcome. Returns whether anything changed. */
export async function runSetup({ url, db, admin, users = [], source, onStep = () => {} }) {
  const client = adminClient(url, admin);
  await checkAdmin(client, admin.name);
  let changed = false;
  const step = async (zh, en, run) => {
    const outcome = await run();
    changed ||= outcome !== 'unchanged';
    onStep({ zh, en, outcome });
  };
  await step(`数据库 ${db}`, `database ${db}`, () => ensureDatabase(client, db));
  await step(`${db} 的权限（_security）`, `${db} _security`, () => ensureSecurity(client, db, admin.name));
  await step(`写入规则（${DESIGN_ID}）`, `write rules (${DESIGN_ID})`, () => ensureDesignDoc(client, db, source));
  for (const user of users) {
    await step(`用户 ${user.name}（${user.roles.join('、')}）`, `user ${user.name}`, () => ensureUser(client, user));
  }
  return changed;
}
