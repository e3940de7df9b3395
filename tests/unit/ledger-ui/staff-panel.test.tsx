import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StaffPanel } from '@/entrypoints/dashboard/panels/StaffPanel';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import type { StaffAccount } from '@/utils/settings/types';

async function panelWith(accounts: StaffAccount[]) {
  const settings = defaultSettings();
  settings.sites = [{ id: 'news', name: '岱山新闻网', match: 'https://news.example.cn/*', adapter: 'generic', selectors: null, enabled: true }];
  settings.staff = [{ id: 'office', person: '局办公室', department: '局办公室', phone: '', official: true, accounts }];
  await saveSettings(settings);
  const view = render(<StaffPanel />);
  await waitFor(() => expect(view.container.querySelector('[data-fw-staff-member]')).toBeTruthy());
  return view.container;
}

const SPOOFABLE = '该站点的帖子不显示 UID';

describe('staff accounts panel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('warns next to an account on a site without uids that its name alone can be spoofed', async () => {
    const root = await panelWith([
      { site: 'bbs.example.cn', name: '岱山建设', uid: '2' },
      { site: 'news.example.cn', name: '岱山建设', uid: null },
    ]);
    const warnings = [...root.querySelectorAll('p')].filter((p) => p.textContent!.startsWith(SPOOFABLE));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.previousElementSibling!.querySelector('input')!.value).toBe('news.example.cn');
    expect(root.querySelector<HTMLButtonElement>('[data-fw-save]')!.disabled).toBe(false);
  });

  it('does not save an account registered for every site (*)', async () => {
    const root = await panelWith([{ site: '*', name: '岱山建设', uid: '2' }]);
    expect(root.querySelector('ul.fw-error')!.textContent).toContain('站点不能填 *');
    expect(root.querySelector<HTMLButtonElement>('[data-fw-save]')!.disabled).toBe(true);
  });

  it('says which remove button removes what, and shows what to type in each field', async () => {
    const root = await panelWith([{ site: 'bbs.example.cn', name: '岱山建设', uid: '2' }]);
    expect(root.querySelector('[data-fw-remove-account]')!.textContent).toBe('删除此账号');
    expect(root.querySelector('[data-fw-remove-member]')!.textContent).toBe('删除此人');
    const empty = [...root.querySelectorAll<HTMLInputElement>('[data-fw-staff-member] input:not([type=checkbox])')].filter((i) => !i.placeholder);
    expect(empty.map((i) => i.getAttribute('aria-label'))).toEqual([]);
  });
});
