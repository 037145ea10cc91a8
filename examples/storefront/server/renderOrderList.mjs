import { createAccessToken } from '@waypost/client/server';
import { demoOrders } from './demoOrders.mjs';
import { escapeHtml } from './escapeHtml.mjs';

const ONE_DAY = 24 * 60 * 60;

/**
 * Renders the account page's order list: one `<waypost-tracker>` in list mode, given a token minted here for each
 * demo order, so a signed-in shopper sees every order's status on one line and opens any of them in place without
 * typing anything. Only the tokens are on the page: no order number, email or phone goes into a URL. The list is
 * not live (an opened order does not stream), like the demo's other account views.
 *
 * @param {{ source: import('@waypost/client').Source, secret: string }} options
 * @returns {Promise<string>}
 * @example html.replace('<!-- waypost:orders -->', await renderOrderList({ source, secret }))
 */
export async function renderOrderList({ source, secret }) {
  const tokens = [];
  for (const { number } of demoOrders) {
    const found = await source.findOrder?.(number, {});
    if (!found) continue;
    const { token } = await createAccessToken({ secret, kind: 'order', id: found.order.id, ttlSeconds: ONE_DAY });
    tokens.push(token);
  }
  return `<waypost-tracker class="order-list" endpoint="/api/waypost" tokens="${escapeHtml(tokens.join(' '))}" live="false"></waypost-tracker>
    <p class="returns-note" id="returns">Returns and exchanges start from any delivered order above: open it to return or exchange an item.</p>`;
}
