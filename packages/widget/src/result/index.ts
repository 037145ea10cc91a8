// The `result` module: every view of a found record (the order, shipment, timeline, ETA and carrier parts), their
// headline (also spoken by the live region), their English text and their styles. A lookup starts loading it while the request is in
// flight, so it is there by the time the answer is. The script tag loads it as `result.js`; npm builds get it as a code-split chunk.

export { describeRecord } from '../components/describeRecord.js';
export { ResultView } from '../components/ResultView.js';
export { enResult as messages } from '../i18n/en.js';
export { orderCss as css } from '../styles/orderCss.js';
