import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The fake browser has no manifest: the settings check marks the settings with this version. */
export function fakeManifestVersion(version: string): void {
  fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, name: 'ForumWatch', version })) as typeof fakeBrowser.runtime.getManifest;
}
