// React 19 renders @waypost/react's <WaypostTracker>, which mounts the widget after the commit; the widget's
// Preact stays inside its shadow root. The Spanish catalog comes through `loadMessages`, written as in
// docs/widget.md (one static `import()` per catalog), so that snippet is built by Vite here.
import { WaypostTracker } from '@waypost/react';
import { en } from '@waypost/widget';
import { createRoot } from 'react-dom/client';

const catalogs = {
  es: () => import('@waypost/widget/locales/es.js'),
  fr: () => import('@waypost/widget/locales/fr.js'),
};

createRoot(document.getElementById('app')).render(
  <main>
    <h1>Track your order</h1>
    <WaypostTracker
      id="w"
      endpoint="/api/waypost"
      order="W1001"
      email="shopper@example.com"
      theme="soft"
      locale="es"
      loadMessages={(tag) => catalogs[tag]?.() ?? Promise.resolve(en)}
    />
  </main>,
);
