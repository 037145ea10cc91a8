// What `records.js` takes from `result.js`: the parts the return and exchange views share with the order's views.
// Script-tag build only (see the widget's rollup config): `result.js` publishes these names on the main bundle's
// runtime when it runs, and `records.js` (which loads only from a result's view) reads them there, so each part
// ships once. npm builds do not read this file: the host's bundler shares those modules between chunks itself.
export { LineItems } from '../components/LineItems.js';
export { ResultHeading } from '../components/ResultHeading.js';
export { ShipmentCard } from '../components/ShipmentCard.js';
export { Steps } from '../components/Steps.js';
export { UpdatedAgo } from '../components/UpdatedAgo.js';
