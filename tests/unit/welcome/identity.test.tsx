import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IdentitySection } from '@/entrypoints/welcome/IdentitySection';
import { routeMessage } from '@/entrypoints/background/router';
import { pagePost, tabAt } from '../background/page-post';
import { ledgerDb } from '@/utils/ledger/db';
import { assign } from '@/utils/ledger/actions';
import { findStaff } from '@/utils/settings/staff';
import { withActorName } from '@/utils/settings/identity';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';

const input = (root: Element, hook: string) => root.querySelector<HTMLInputElement>(`[${hook}]`)!;
const type = (el: HTMLInputElement, value: string) => fireEvent.input(el, { target: { value } });

async function fillIdentity(name: string, department: string, account: { site: string; name: string; uid: string }) {
  const { container } = render(<IdentitySection settings={await loadSettings()} />);
  type(input(container, 'data-fw-identity-name'), name);
  type(input(container, 'data-fw-identity-department'), department);
  type(input(container, 'data-fw-account-site'), account.site);
  type(input(container, 'data-fw-account-name'), account.name);
  type(input(container, 'data-fw-account-uid'), account.uid);
  fireEvent.click(container.querySelector('[data-fw-identity-save]')!);
  return container;
}

async function captureFromForum(pid: string) {
  const reply = await routeMessage({ type: 'capture', post: pagePost('bbs.test', pid) }, tabAt('http://bbs.test/forum.php?mod=viewthread&tid=9'));
  expect(reply).not.toHaveProperty('error');
  return ledgerDb().events.where('key').equals(`bbs.test/t9/p${pid}`).toArray();
}

describe('我是谁 on the first-run page', () => {
  // Once: the background's settings cache follows changes through a storage listener that a reset would drop.
  beforeAll(() => fakeBrowser.reset());
  beforeEach(async () => {
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await saveSettings(defaultSettings());
  });
  afterEach(cleanup);

  it('starts with no identity, so the ledger records 本机用户', async () => {
    expect((await loadSettings()).user).toEqual({ name: '', department: '' });
    const [capture] = await captureFromForum('1');
    expect(capture!.actor).toBe('本机用户');
    const settings = await loadSettings();
    await assign(ledgerDb(), `bbs.test/t9/p1`, '城建科', { now: new Date(), settings: withActorName(settings) });
    expect((await ledgerDb().events.where('key').equals('bbs.test/t9/p1').last())!.actor).toBe('本机用户');
  });

  it("saves the name, department and forum accounts: the user's own replies are recognised and captures carry the name", async () => {
    const root = await fillIdentity('张小燕', '城建科', { site: 'https://bbs.test/forum.php?mod=index', name: '城建科小张', uid: '31' });
    await waitFor(() => expect(root.querySelector('[data-fw-identity-saved]')?.textContent).toContain('张小燕'));
    const settings = await loadSettings();
    expect(settings.user).toEqual({ name: '张小燕', department: '城建科' });
    const me = findStaff(settings.staff, { site: 'bbs.test', author: '城建科小张', authorUid: '31' });
    expect(me).toMatchObject({ person: '张小燕', department: '城建科' });
    expect(me!.accounts).toEqual([{ site: 'bbs.test', name: '城建科小张', uid: '31' }]);
    expect(findStaff(settings.staff, { site: 'other.test', author: '城建科小张', authorUid: '31' })).toBeNull();

    const [capture] = await captureFromForum('2');
    expect(capture!.actor).toBe('张小燕');
  });

  it('refuses to save without a name, or with an account whose UID is not a number', async () => {
    const root = await fillIdentity('', '城建科', { site: 'bbs.test', name: '城建科小张', uid: 'abc' });
    const problems = root.querySelector('[data-fw-identity-problems]')!.textContent!;
    expect(problems).toContain('请填写姓名');
    expect(problems).toContain('UID 只能是数字');
    expect((await loadSettings()).staff.some((m) => m.accounts.some((a) => a.name === '城建科小张'))).toBe(false);
  });
});
