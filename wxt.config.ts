import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Điện đàm',
    description: 'Theo dõi các cuộc điện đàm ngoại giao trên báo tiếng Việt',
    permissions: ['storage'],
  },
});
