import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_SITES, sitePatterns } from './entrypoints/shared/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  // Auto-imports (components/, utils/…) never reach lib/: it imports what it uses. Their scanner
  // misreads some files (a curly quote in a regular expression of lib/text/tokens.ts made it see
  // a free `t` and import components/i18n, whose tables were then built by the content script on
  // every page). `exclude` goes to unimport's Vite plugin as is; WXT's type does not list it.
  imports: { exclude: [/[\\/]node_modules[\\/]/, /[\\/]\.git[\\/]/, /[\\/]lib[\\/]/] } as { dirs?: string[] },
  manifest: {
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
    action: { default_title: '__MSG_appName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
  },
});
