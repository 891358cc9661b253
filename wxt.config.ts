import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_SITES, sitePatterns } from './utils/sites';

/** The Firefox add-on id: stable, so that an update replaces the installed add-on and its data stays. */
export const FIREFOX_ADDON_ID = 'dien-dam@dien-dam-tracker';

const TOOLBAR_BUTTON = { default_title: '__MSG_appName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } };

// See https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'assets/public',
  // One promise-based `browser` in every context (background, content script, extension pages):
  // the module points wxt/browser at webextension-polyfill, which wraps `chrome` where a browser
  // has no `browser` of its own and hands back the native one where it has (Firefox; Chromium 156).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Auto-imports (components/, utils/…) never reach lib/: it imports what it uses. Their scanner
  // misreads some files (a curly quote in a regular expression of lib/text/tokens.ts made it see
  // a free `t` and import components/i18n, whose tables were then built by the content script on
  // every page). `exclude` goes to unimport's Vite plugin as is; WXT's type does not list it.
  imports: { exclude: [/[\\/]node_modules[\\/]/, /[\\/]\.git[\\/]/, /[\\/]lib[\\/]/] } as { dirs?: string[] },
  // npm run zip: the Chromium and Firefox packages, and the sources zip Firefox's review asks for
  // (WXT makes it for Firefox). The sources are what builds the add-on — `npm ci && npm run
  // build:firefox`; WXT already leaves out node_modules, dot folders and .output. The tests are
  // left out too (browsers, fixture pages, their screenshots and reports: nothing the build reads).
  zip: {
    excludeSources: ['tests/**', 'dist/**', '**/*.log'],
  },
  // Chromium gets MV3 (wxt build), Firefox MV2 (wxt build -b firefox). The manifest is written in
  // MV3 terms; WXT turns host_permissions into MV2 `permissions`. What it does not convert is
  // added for Firefox below.
  manifest: ({ browser }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    // storage: the reader's settings and each tab's state; scripting: the engine script injected
    // into a page whose gate passed, and the content script on the sites the reader switches on.
    // Hosts: vov.vn and cafef.vn (the content script's own sites); every other site is optional
    // and asked for when the reader switches it on.
    permissions: ['storage', 'scripting'],
    host_permissions: DEFAULT_SITES.flatMap(sitePatterns),
    optional_host_permissions: ['*://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: TOOLBAR_BUTTON,
    ...(browser === 'firefox' && {
      // MV2 has no optional_host_permissions (WXT drops it): optional hosts go in optional_permissions.
      optional_permissions: ['*://*/*'],
      // WXT adds the popup to browser_action itself and then no longer converts `action`: the
      // button's title and icons are given here too.
      browser_action: TOOLBAR_BUTTON,
      browser_specific_settings: {
        gecko: {
          id: FIREFOX_ADDON_ID,
          // data_collection_permissions is read from Firefox 140 on (CSS highlights are there too).
          strict_min_version: '140.0',
          // Nothing leaves the computer (PRIVACY.md).
          data_collection_permissions: { required: ['none'] },
        },
        // … and on Android from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
