import { describe, expect, it } from 'vitest';
import { exportBackup, exportSettings, parseBackup, parseSettingsFile } from '@/utils/transfer/backup';
import { exportSiteProfiles, importSiteProfiles } from '@/utils/sites/profile-io';
import type { SiteProfile } from '@/utils/settings/types';
import { sampleSettings } from './fixtures';

const BROKEN = 'li[[[';
const MESSAGE = '「作者」不是有效的 CSS 选择器';

function withBrokenSelector(): SiteProfile[] {
  const [site] = sampleSettings().sites;
  return [{ ...site!, selectors: { ...site!.selectors!, author: BROKEN } }];
}

function errorsOf(result: { ok: true } | { ok: false; errors: string[] }): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('one selector check for every import', () => {
  it('settings, backup and site-profile files all refuse a selector the browser cannot parse', () => {
    const settings = { ...sampleSettings(), sites: withBrokenSelector() };
    expect(errorsOf(parseSettingsFile(exportSettings(settings)))).toEqual([`settings.sites[0].selectors.author: ${MESSAGE}`]);
    expect(errorsOf(parseBackup(exportBackup({ settings, entries: [], events: [] })))).toEqual([`settings.sites[0].selectors.author: ${MESSAGE}`]);
    expect(errorsOf(importSiteProfiles([], exportSiteProfiles(withBrokenSelector())))).toEqual([`sites[0].selectors.author: ${MESSAGE}`]);
  });

  it('still takes a generic site whose selectors are not filled in yet in settings', () => {
    const [site] = sampleSettings().sites;
    const settings = { ...sampleSettings(), sites: [{ ...site!, selectors: { post: '', author: '', time: '', body: '', title: '', replyBox: '' } }] };
    expect(parseSettingsFile(exportSettings(settings)).ok).toBe(true);
  });
});
