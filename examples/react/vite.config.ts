import { defineConfig } from 'vite';
import { demoApi } from '../storefront/server/devApi.mjs';

// React's automatic JSX runtime through Vite's own transform (no plugin needed for a production build); `PORT`
// picks the dev server's port.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [demoApi()],
  server: { port: Number(process.env.PORT) || 5173 },
});
