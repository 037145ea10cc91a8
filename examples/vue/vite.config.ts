// The Vite config of a Vue 3 storefront that uses the widget. Templates compile at build time, so this is where
// Vue learns that <waypost-tracker> is a custom element and not a Vue component: without it, Vue warns "Failed to
// resolve component: waypost-tracker" and looks for a component of that name on every render.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'waypost-tracker' } },
    }),
  ],
});
