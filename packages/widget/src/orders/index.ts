// The `orders` module: the list mode's view (one line per order, each opening the full tracker in place), its
// English text and its styles. It loads only on pages that set `tokens`. The script tag loads it as `orders.js`;
// npm builds get it as a code-split chunk.
export { OrderList } from '../components/OrderList.js';
export { enOrders as messages } from '../i18n/en.js';
export { ordersCss as css } from '../styles/ordersCss.js';
