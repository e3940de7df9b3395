import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSetupSection } from '@/entrypoints/dashboard/panels/team/TeamSetupSection';

const SERVER = 'http://127.0.0.1:5984';

interface Sent {
  line: string;
  body: any;
}

/** A CouchDB with nothing set up yet, where admin:admin-pass-2026 is the server admin; every request is recorded. */
function freshCouch() {
  const sent: Sent[] = [];
  const answers: Record<string, [number, unknown]> = {
    'GET /_session': [200, { userCtx: { name: 'admin', roles: ['_admin'] } }],
    'GET /forumwatch': [404, { error: 'not_found' }],
    'PUT /forumwatch': [201, { ok: true }],
    'GET /forumwatch/_security': [200, {}],
    'PUT /forumwatch/_security': [200, { ok: true }],
    'GET /forumwatch/_design/forumwatch': [404, { error: 'not_found' }],
    'PUT /forumwatch/_design/forumwatch': [201, { ok: true }],
    'GET /_users/org.couchdb.user%3Axiaowang': [404, { error: 'not_found' }],
    'PUT /_users/org.couchdb.user%3Axiaowang': [201, { ok: true }],
  };
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const line = `${init.method} ${url.slice(SERVER.length)}`;
    const headers = init.headers as Record<string, string>;
    sent.push({ line, body: init.body ? JSON.parse(init.body as string) : null });
    const wrongPassword = headers.authorization !== `Basic ${btoa('admin:admin-pass-2026')}`;
    const [status, json] = wrongPassword ? [401, { error: 'unauthorized' }] : (answers[line] ?? [500, { error: 'unexpected' }]);
    return new Response(JSON.stringify(json), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return sent;
}

function fill(root: Element, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) fireEvent.input(root.querySelector(`[name="${name}"]`)!, { target: { value } });
}

/** The server fields and one 城建科 member, filled in as the admin would. */
function fillForm(root: Element, adminPassword: string) {
  fill(root, { url: `${SERVER}/`, admin: 'admin', adminPassword });
  fireEvent.click(root.querySelector('[data-fw-action="team-setup-add-user"]')!);
  fill(root, { userName: 'xiaowang', userPassword: 'chengjian-pass-2026' });
  fireEvent.change(root.querySelector('select[name="userRole"]')!, { target: { value: 'department' } });
  fill(root, { userDepartment: '城建科' });
}

const shownSteps = (root: Element) => [...root.querySelectorAll('[data-fw-setup-steps] li')].map((li) => li.textContent);

describe('初始化服务器（管理员） section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('runs the steps in order on a fresh server, shows each outcome, writes the rules file, and empties the admin password', async () => {
    const sent = freshCouch();
    const root = render(<TeamSetupSection />).container;
    fillForm(root, 'admin-pass-2026');
    fireEvent.click(root.querySelector('[data-fw-action="team-setup"]')!);
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(root.querySelector<HTMLInputElement>('[name="adminPassword"]')!.value).toBe('');
    await waitFor(() => expect(root.querySelector('[data-fw-setup-result]')?.textContent).toBe('设置完成'));
    expect(sent.map((s) => s.line)).toEqual([
      'GET /_session',
      'GET /forumwatch',
      'PUT /forumwatch',
      'GET /forumwatch/_security',
      'PUT /forumwatch/_security',
      'GET /forumwatch/_design/forumwatch',
      'PUT /forumwatch/_design/forumwatch',
      'GET /_users/org.couchdb.user%3Axiaowang',
      'PUT /_users/org.couchdb.user%3Axiaowang',
    ]);
    expect(shownSteps(root)).toEqual([
      '数据库 forumwatch：已创建',
      'forumwatch 的权限（_security）：已更新',
      '写入规则（_design/forumwatch）：已创建',
      '用户 xiaowang（fw-member、fw-dept:城建科）：已创建',
    ]);
    const rules = sent.find((s) => s.line === 'PUT /forumwatch/_design/forumwatch')!.body;
    expect(rules.validate_doc_update).toBe(readFileSync('team/validate-doc-update.js', 'utf8'));
    const user = sent.find((s) => s.line === 'PUT /_users/org.couchdb.user%3Axiaowang')!.body;
    expect(user).toMatchObject({ name: 'xiaowang', password: 'chengjian-pass-2026', roles: ['fw-member', 'fw-dept:城建科'] });
  });

  it('says a wrong admin password in words and shows no step as done', async () => {
    freshCouch();
    const root = render(<TeamSetupSection />).container;
    fillForm(root, 'not-the-password');
    fireEvent.click(root.querySelector('[data-fw-action="team-setup"]')!);
    await waitFor(() => expect(root.querySelector('[data-fw-setup-problem]')?.textContent).toContain('管理员 admin 的用户名或密码不对（401）'));
    expect(shownSteps(root)).toEqual([]);
    expect(root.querySelector<HTMLInputElement>('[name="adminPassword"]')!.value).toBe('');
  });

  it('refuses a user whose password is too short before asking for any access', async () => {
    const sent = freshCouch();
    const root = render(<TeamSetupSection />).container;
    fillForm(root, 'admin-pass-2026');
    fill(root, { userPassword: 'short' });
    fireEvent.click(root.querySelector('[data-fw-action="team-setup"]')!);
    expect(root.querySelector('[data-fw-setup-problem]')?.textContent).toContain('用户 1（xiaowang）：密码至少 8 个字符');
    expect(browser.permissions.request).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
