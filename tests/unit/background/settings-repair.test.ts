import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureSettings } from '@/entrypoints/background/settings';
import { loadPageConfig } from '@/entrypoints/forum.content/config';
import { ledgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { settingsRepairNotice } from '@/utils/settings/repair-notice';
import { repairSettings, repairedSections } from '@/utils/settings/repair';
import { loadSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { makeEntry } from '../../support/entry';
import { fakeManifestVersion } from '../fake-manifest';

/** The user's own settings: every section differs from the defaults. */
function usersSettings(): Settings {
  const s = defaultSettings();
  s.user = { name: '张三', department: '城建科' };
  s.topics = [{ ...s.topics[0]!, any: ['修路'] }];
  s.staff = [{ id: 'me', person: '张三', department: '城建科', phone: '', official: false, accounts: [{ site: 'bbs.example.cn', name: '城建张三', uid: '88' }] }];
  s.reminders = { patrolTimes: ['10:00'], leadMinutes: 30 };
  return s;
}

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Settings;

describe('damaged settings in storage', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeManifestVersion('1.1.0');
    await ledgerDb().entries.clear();
  });

  it('topics replaced by a number: only the topics go back to the defaults, the rest and the ledger stay', async () => {
    await ledgerDb().entries.put(makeEntry());
    await fakeBrowser.storage.local.set({ settings: { ...usersSettings(), topics: 42 } });
    await ensureSettings();
    const repaired = await stored();
    expect(repaired.topics).toEqual(defaultSettings().topics);
    expect(repaired.user).toEqual(usersSettings().user);
    expect(repaired.staff).toEqual(usersSettings().staff);
    expect(repaired.reminders).toEqual(usersSettings().reminders);
    expect((await settingsRepairNotice())?.problems).toEqual(['topics: 应为数组']);
    expect(await ledgerDb().entries.count()).toBe(1);
  });

  it('a staff account without a name: the staff list goes back to the defaults, the user’s topics stay', async () => {
    const settings = usersSettings();
    const broken = { ...settings, staff: [{ ...settings.staff[0]!, accounts: [{ site: 'bbs.example.cn', uid: '88' }] }] };
    await fakeBrowser.storage.local.set({ settings: broken });
    await ensureSettings();
    const repaired = await stored();
    expect(repaired.staff).toEqual(defaultSettings().staff);
    expect(repaired.topics).toEqual(settings.topics);
    expect((await settingsRepairNotice())?.problems).toEqual(['staff[0].accounts[0].name: 缺少必填字段']);
  });

  it('a whole value that is a string: the defaults, with a notice', async () => {
    await fakeBrowser.storage.local.set({ settings: '{"user":' });
    await ensureSettings();
    expect(await stored()).toEqual(defaultSettings());
    expect((await settingsRepairNotice())?.problems).toHaveLength(1);
  });

  it('sound settings are left as they are, with no notice', async () => {
    await fakeBrowser.storage.local.set({ settings: usersSettings() });
    await ensureSettings();
    expect(await stored()).toEqual(usersSettings());
    expect(await settingsRepairNotice()).toBeNull();
  });

  it('pages read the repaired settings before the background has stored them', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...usersSettings(), reminders: 'often' } });
    const settings = await loadSettings();
    expect(settings.reminders).toEqual(defaultSettings().reminders);
    expect(settings.user).toEqual(usersSettings().user);
  });

  it('the content script waits for the repair instead of running on a damaged value', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...usersSettings(), topics: 42 }, compiledRules: { topics: [] } });
    const config = loadPageConfig();
    await ensureSettings();
    expect((await config).settings.topics).toEqual(defaultSettings().topics);
  });

  it('after an update, the content script waits for this version’s check: it never runs on settings missing a section added since', async () => {
    const { reception: _added, ...earlier } = usersSettings();
    await fakeBrowser.storage.local.set({ settings: earlier, compiledRules: { topics: [] }, settingsCheckedBy: '1.0.0' });
    const config = loadPageConfig();
    await ensureSettings();
    const { settings } = await config;
    expect(settings.reception).toEqual(defaultSettings().reception);
    expect(settings.user).toEqual(usersSettings().user);
  });

  it('a fresh install: the content script runs on the defaults once the first check is stored', async () => {
    const config = loadPageConfig();
    await ensureSettings();
    expect((await config).settings).toEqual(defaultSettings());
  });

  it('the shipped defaults pass the check themselves, so start-up never rewrites them', () => {
    expect(repairSettings(defaultSettings())).toMatchObject({ problems: [], changed: false });
  });

  it('the badge reads two sections alone, each as the whole check would: a damaged one as its default', () => {
    const damaged = { ...usersSettings(), badgeScope: 'everyone', topics: 42 };
    expect(repairedSections(damaged, ['badgeScope', 'user'])).toEqual({ badgeScope: defaultSettings().badgeScope, user: usersSettings().user });
    expect(repairedSections('{"user":', ['user'])).toEqual({ user: defaultSettings().user });
    const whole = repairSettings(damaged).settings;
    expect(repairedSections(damaged, ['badgeScope', 'user'])).toEqual({ badgeScope: whole.badgeScope, user: whole.user });
  });
});
