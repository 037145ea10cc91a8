// Side-effect entry: importing `@waypost/widget/element` registers <waypost-tracker>. Listed in `sideEffects` so
// a tree-shaking bundler keeps the registration. In Node (no `customElements`) it does nothing.
import { defineElement } from './embed/defineElement.js';
import { setDefaultAssetsUrl } from './i18n/assetsUrl.js';

// Catalogs, themes and the feature module sit next to this file in `dist`, as they do for the main entry.
setDefaultAssetsUrl(new URL('./', import.meta.url).href);
defineElement();

export type { WaypostTrackerElement } from './embed/createElementClass.js';
export { defineElement };
