import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { demoApi } from '../storefront/server/devApi.mjs';

// Single-file components through @vitejs/plugin-vue (no `isCustomElement`: @waypost/vue is an ordinary
// component); `PORT` picks the dev server's port.
export default defineConfig({
  plugins: [vue(), demoApi()],
  server: { port: Number(process.env.PORT) || 5173 },
});
