// Which apps share which install. The Vite apps on Preact 11 share one node_modules with the vanilla, React,
// Vue and script-tag apps; Preact 10 and Next.js need installs of their own (the webpack app uses the webpack
// Next.js ships, so it shares the Next.js install). Versions are pinned so a run is
// repeatable; the Preact 10 app holds the lowest versions the widget's peer ranges promise to work with.
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
      { name: 'Vite (vanilla)', template: 'vite-vanilla', dir: 'vanilla', kind: 'vite' },
      { name: 'Vite + Preact 11', template: 'vite-preact', dir: 'preact11', kind: 'vite' },
      { name: 'Vite + React 19', template: 'vite-react', dir: 'react', kind: 'vite' },
      { name: 'Vite + Vue 3', template: 'vite-vue', dir: 'vue', kind: 'vite' },
      { name: 'Script tag, three origins', template: 'script-tag', dir: 'script-tag', kind: 'script-tag' },
    ],
  },
  preact10: {
    dependencies: { ...vite, preact: '10.27.2', '@preact/signals': '2.2.1' },
    apps: [{ name: 'Vite + Preact 10', template: 'vite-preact', dir: 'preact10', kind: 'vite' }],
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
      { name: 'Next.js (app router)', template: 'next', dir: '.', kind: 'next' },
      { name: "webpack (Next.js's own)", template: 'webpack', dir: 'webpack', kind: 'webpack' },
    ],
  },
};
