// The `records` module: the return and exchange views and their English text, loaded as soon as a result holds
// such a record (an order with returns or exchanges prefetches it). The script tag loads it as `records.js`; npm
// builds get it as a code-split chunk.
export { ExchangeView } from '../components/ExchangeView.js';
export { ReturnView } from '../components/ReturnView.js';
export { enRecords as messages } from '../i18n/en.js';
