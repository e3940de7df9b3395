#!/usr/bin/env node
// Sets up the office's shared 台账 database on CouchDB 3: the database, its _security, the design
// doc holding the write rules (team/validate-doc-update.js) and the users. Idempotent. Never
// prints a password. The steps are in team/setup-steps.mjs (shared with the dashboard); this file
// reads the files and arguments. Usage and document model: docs/team-sync.md.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkedUsers, ensureDesignDoc as ensureDesignDocFrom, runSetup, SetupError } from '../../team/setup-steps.mjs';
import { askPassword, Cancelled } from './ask-password.mjs';

export { adminClient, checkAdmin, checkedUsers, DESIGN_ID, ensureDatabase, ensureSecurity, ensureUser, MEMBER_ROLE, SetupError } from '../../team/setup-steps.mjs';

/** The text of the write rules, as stored in the design doc. */
export function validateSource() {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../team/validate-doc-update.js'), 'utf8');
}

export const ensureDesignDoc = (client, db, source = validateSource()) => ensureDesignDocFrom(client, db, source);

export function readUsersFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SetupError(`读不了用户文件 ${file}（${error.code}） / Cannot read the users file ${file} (${error.code})`);
  }
  try {
    return checkedUsers(JSON.parse(text));
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(`用户文件 ${file} 不是有效的 JSON / The users file ${file} is not valid JSON`);
  }
}

const WORDS = { created: ['已创建', 'created'], updated: ['已更新', 'updated'], unchanged: ['无变化', 'unchanged'] };

/** Runs every step; `log` gets one line per step. Returns whether anything changed. */
export async function setup({ url, db, admin, users = [], log = () => {} }) {
  const onStep = ({ zh, en, outcome }) => log(`${zh}：${WORDS[outcome][0]} / ${en}: ${WORDS[outcome][1]}`);
  const changed = await runSetup({ url, db, admin, users, source: validateSource(), onStep });
  log(changed ? '设置完成 / Set-up done' : '没有改动：服务器已按此设置好 / Nothing changed: the server was already set up this way');
  return changed;
}

export function parseAdmin(text) {
  const colon = text.indexOf(':');
  if (colon < 1 || colon === text.length - 1) {
    throw new SetupError('--admin 的格式是 用户名:密码 / --admin takes name:password');
  }
  return { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

const PASSWORD_VARIABLE = 'FW_COUCH_ADMIN_PASSWORD';

/** `name:password`, or a bare name with the password from the environment or typed at the terminal. */
async function adminFrom(text) {
  if (text.includes(':')) return parseAdmin(text);
  const password = process.env[PASSWORD_VARIABLE] || (process.stdin.isTTY ? await typedPassword(text) : '');
  if (!password) {
    throw new SetupError(`没有 ${text} 的密码：写成 --admin ${text}:密码，或设环境变量 ${PASSWORD_VARIABLE} / No password for ${text}: give --admin ${text}:PASSWORD or set ${PASSWORD_VARIABLE}`);
  }
  return { name: text, password };
}

async function typedPassword(name) {
  try {
    return await askPassword(`${name} 的密码 / password for ${name}: `);
  } catch (error) {
    if (error instanceof Cancelled) throw new SetupError('已取消 / Cancelled');
    throw error;
  }
}

const USAGE = 'npm run team:setup -- --url http://127.0.0.1:5984 --db forumwatch --admin admin[:PASSWORD] [--users users.json]';

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, db: { type: 'string' }, admin: { type: 'string' }, users: { type: 'string' } },
  });
  if (!values.url || !values.db || !values.admin) throw new SetupError(`用法 / usage: ${USAGE}`);
  const users = values.users ? readUsersFile(values.users) : [];
  await setup({ url: values.url, db: values.db, admin: await adminFrom(values.admin), users, log: (line) => console.log(line) });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof SetupError || error?.code?.startsWith?.('ERR_PARSE_ARGS') ? error.message : error);
    process.exitCode = 1;
  });
}
