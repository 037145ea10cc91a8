// The `actions` module: the "Need help?" bar and the promo slot under a record (with the choice of the record they
// apply to), the in-context entries beside a parcel's banner, the capabilities they read, their text and styles, loaded
// once a result has painted. The script tag loads it as `actions.js` (on the main bundle's published runtime); npm
// builds get it as a code-split chunk.
export { RecordActions } from '../components/RecordActions.js';
export { ShipmentActions } from '../components/ShipmentActions.js';
export { enActions as messages } from '../i18n/en.js';
export { actionsCss as css } from '../styles/actionsCss.js';
