import { defineConfig } from 'wxt';
import { localeFiles } from './utils/i18n/locales';
import { LOCAL_DEMO_MATCHES } from './utils/sites/local-demo';


// Store packages (`npm run zip`) leave the local demo origins out.
const storeBuild = process.env.FW_STORE === '1';
// The store build's end-to-end test holds these origins from installation: a headless browser
// cannot click the permission prompt. Otherwise that build is the store package.
const preGranted = process.env.FW_PREGRANTED_ORIGINS?.split(',').filter(Boolean) ?? [];
// Host access is asked per site at run time, within these.
const SITE_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'contextMenus', 'activeTab'],
    optional_host_permissions: SITE_ORIGINS,
    host_permissions: storeBuild ? preGranted : LOCAL_DEMO_MATCHES,
    action: { default_title: '__MSG_extName__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Store builds register the content script per enabled site at run time.
      if (storeBuild) delete manifest.content_scripts;
      // The background watch reads fetched pages in an offscreen document (Chromium only; Firefox's background page has a DOM).
      if (wxt.config.browser !== 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
      // Manifest V2 (Firefox) has no optional_host_permissions: origins go with the optional permissions.
      if (manifest.manifest_version === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...SITE_ORIGINS];
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = { gecko: { id: 'forumwatch@forumwatch.local', strict_min_version: '109.0' } };
      }
    },
  },
  // Separate output folders let several builds run side by side.
  outDir: process.env.FW_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  // utils/build-kind.ts reads this: store packages differ from the development and test builds.
  vite: () => ({
    // The benchmarks read where a built script's bytes and time come from (bench/sourcemap.mjs); the maps are not named in the scripts.
    ...(process.env.FW_SOURCEMAP === '1' ? { build: { sourcemap: 'hidden' as const } } : {}),
    define: {
      __FW_STORE_BUILD__: JSON.stringify(storeBuild),
      // Only the watch benchmark's build sets it (bench/watch/run.mjs).
      ...(process.env.FW_WATCH_SPACING_MS ? { __FW_WATCH_SPACING_MS__: JSON.stringify(Number(process.env.FW_WATCH_SPACING_MS)) } : {}),
    },
  }),
  zip: { excludeSources: ['tests/**', 'shots/**', 'test-results/**', 'bench/**'] },
});
