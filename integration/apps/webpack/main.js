// `mount()` bundled by webpack, with the Spanish catalog through `loadMessages` written as in docs/widget.md (one
// static `import()` per catalog): the theme, the catalog and the feature module must all arrive as webpack chunks.
import { en, mount } from '@waypost/widget';

const catalogs = {
  es: () => import('@waypost/widget/locales/es.js'),
  fr: () => import('@waypost/widget/locales/fr.js'),
};

mount('#w', {
  endpoint: '/api/waypost',
  order: 'W1001',
  email: 'shopper@example.com',
  theme: 'soft',
  locale: 'es',
  loadMessages: (tag) => catalogs[tag]?.() ?? Promise.resolve(en), // English for any other tag
});
