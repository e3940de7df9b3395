import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureSettings } from '@/entrypoints/background/settings';
import { fakeManifestVersion } from '../fake-manifest';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { automationHooksChosen } from '@/utils/page-hooks';
import { receptionRulesItem, teamSyncStatusItem } from '@/utils/storage/items';
import { SYNC_OFF } from '@/utils/team/sync-status';
import { classifierOfRules } from '@/utils/reception/classify';

describe('settings at start-up', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeManifestVersion('1.0.0');
  });

  it('stores the defaults and the compiled rules on first run', async () => {
    await ensureSettings();
    const got = await fakeBrowser.storage.local.get(['settings', 'compiledRules']);
    expect(got.settings).toEqual(defaultSettings());
    expect((got.compiledRules as { topics: unknown[] }).topics).toHaveLength(defaultSettings().topics.length);
  });

  it('a later start of the same version, with nothing to repair, writes nothing', async () => {
    await ensureSettings();
    const written: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => written.push(...Object.keys(changes)));
    await ensureSettings();
    expect(written).toEqual([]);
    fakeManifestVersion('1.0.1');
    await ensureSettings();
    expect(written).toEqual(['settingsCheckedBy']);
  });

  it('keeps what the user set and adds sections an earlier version did not have', async () => {
    const { reminders: _dropped, ...old } = defaultSettings();
    await fakeBrowser.storage.local.set({ settings: { ...old, user: { name: '张三', department: '城建科' } } });
    await ensureSettings();
    const settings = await loadSettings();
    expect(settings.user).toEqual({ name: '张三', department: '城建科' });
    expect(settings.reminders).toEqual(defaultSettings().reminders);
  });

  it('a later start of the same version reads only the mark of its check: not the settings, not the 20 KB of compiled rules', async () => {
    await ensureSettings();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await ensureSettings();
    expect(get.mock.calls.flat(2)).toEqual(['settingsCheckedBy']);
    get.mockRestore();
  });

  it('after an update from a version that kept no reception rules, compiles them: words written in Traditional count', async () => {
    await ensureSettings();
    await fakeBrowser.storage.local.remove('receptionRules');
    fakeManifestVersion('1.0.1');
    await ensureSettings();
    const classify = classifierOfRules((await receptionRulesItem.getValue())!);
    expect(classify('效率可以，謝謝！', { byOriginalPoster: true, quotesReply: false })).toBe('praise');
    expect(classify('到底什麼時候修', { byOriginalPoster: false, quotesReply: false })).toBe('pushback');
  });
});

describe('values an earlier version stored', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeManifestVersion('1.0.0');
  });

  it('are read under the same keys, and saving settings stores them as before, with nothing beside them', async () => {
    const mine = { ...defaultSettings(), user: { name: '张三', department: '城建科' } };
    await fakeBrowser.storage.local.set({ settings: mine, automationHooks: true, teamSyncStatus: { ...SYNC_OFF, state: 'idle' } });
    expect((await loadSettings()).user).toEqual(mine.user);
    expect(await automationHooksChosen()).toBe(true);
    expect((await teamSyncStatusItem.getValue()).state).toBe('idle');
    await saveSettings({ ...mine, badgeScope: 'department' });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual(['automationHooks', 'settings', 'teamSyncStatus']);
    expect(all.settings).toEqual({ ...mine, badgeScope: 'department' });
  });
});
