import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    // storage: the reader's settings and each tab's state; scripting: the content script on the
    // sites the reader switches on. vov.vn and cafef.vn come from the content script's matches;
    // every other site is optional and asked for when switched on.
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['*://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_appName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
  },
});
