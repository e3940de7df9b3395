import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureSettings } from '@/entrypoints/background/settings';
import { fakeManifestVersion } from '../fake-manifest';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';

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

  it('keeps what the user set and adds sections an earlier version did not have', async () => {
    const { reminders: _dropped, ...old } = defaultSettings();
    await fakeBrowser.storage.local.set({ settings: { ...old, user: { name: '张三', department: '城建科' } } });
    await ensureSettings();
    const settings = await loadSettings();
    expect(settings.user).toEqual({ name: '张三', department: '城建科' });
    expect(settings.reminders).toEqual(defaultSettings().reminders);
  });
});
