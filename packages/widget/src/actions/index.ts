// The `actions` module: the "Need help?" bar, the promo slot, the capabilities they read, their text and styles, loaded
// once a result has painted. The script tag loads it as `actions.js` (on the main bundle's published runtime); npm
// builds get it as a code-split chunk.
export { ActionBar } from '../components/ActionBar.js';
export { PromoSlot } from '../components/PromoSlot.js';
export { ShipmentActions } from '../components/ShipmentActions.js';
export { enActions as messages } from '../i18n/en.js';
export { actionsCss as css } from '../styles/actionsCss.js';
