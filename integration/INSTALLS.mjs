// Which apps share which install. The Vite apps on Preact 11 share one node_modules with the vanilla, React,
// Vue and script-tag apps; Preact 10 and Next.js need installs of their own (one Next.js app, built twice: by
// Turbopack and by webpack). `templates` are the folders of apps/ copied, in order, into the app's folder: the
// React apps add the page they share (react-page). Versions are pinned so a run is repeatable; the Preact 10 app
// holds the lowest versions the widget's peer ranges promise to work with.
const vite = { vite: '8.3.8' };

export const INSTALLS = {
  shared: {
    dependencies: {
      ...vite,
      preact: '11.2.0',
      '@preact/signals': '2.11.4',
      react: '19.3.1',
      'react-dom': '19.3.1',
      vue: '3.5.45',
      '@vitejs/plugin-vue': '6.0.11',
    },
    apps: [
      { name: 'Vite (vanilla)', templates: ['vite-vanilla'], dir: 'vanilla', kind: 'vite' },
      { name: 'Vite + Preact 11', templates: ['vite-preact'], dir: 'preact11', kind: 'vite' },
      { name: 'Vite + React 19', templates: ['vite-react', 'react-page'], dir: 'react', kind: 'vite' },
      { name: 'Vite + Vue 3', templates: ['vite-vue'], dir: 'vue', kind: 'vite' },
      { name: 'Script tag, three origins', templates: ['script-tag'], dir: 'script-tag', kind: 'script-tag' },
    ],
  },
  preact10: {
    dependencies: { ...vite, preact: '10.27.2', '@preact/signals': '2.2.1' },
    apps: [{ name: 'Vite + Preact 10', templates: ['vite-preact'], dir: 'preact10', kind: 'vite' }],
  },
  next: {
    dependencies: {
      next: '16.5.0',
      react: '19.3.1',
      'react-dom': '19.3.1',
      preact: '11.2.0',
      '@preact/signals': '2.11.4',
    },
    apps: [
      { name: 'Next.js (app router, Turbopack)', templates: ['next', 'react-page'], dir: 'turbopack', kind: 'next' },
      {
        name: 'Next.js (app router, webpack)',
        templates: ['next', 'react-page'],
        dir: 'webpack',
        kind: 'next',
        flags: ['--webpack'],
      },
    ],
  },
};
