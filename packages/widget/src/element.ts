// Side-effect entry: importing `@waypost/widget/element` registers <waypost-tracker>. Listed in `sideEffects` so
// a tree-shaking bundler keeps the registration. In Node (no `customElements`) it does nothing.
import { defineElement } from './embed/defineElement.js';

defineElement();

export type { WaypostTrackerElement } from './embed/createElementClass.js';
// Types `document.querySelector('waypost-tracker')`, every `waypost:*` listener and `window.Waypost`.
export type { WaypostElementEventMap } from './embed/WaypostElementEventMap.js';
export { defineElement };
