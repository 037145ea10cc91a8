// The `actions` module: the "Need help?" bar, the promo slot, the capabilities they read and their styles, loaded
// once a result has painted. The script tag loads it as `actions.js` (on the main bundle's published runtime); npm
// builds get it as a code-split chunk.
export { ActionBar } from '../components/ActionBar.js';
export { PromoSlot } from '../components/PromoSlot.js';
export { ShipmentActions } from '../components/ShipmentActions.js';
export { actionsCss as css } from '../styles/actionsCss.js';
