import { createAccessToken } from '@waypost/client/server';
import { demoOrders } from './demoOrders.mjs';
import { escapeHtml } from './escapeHtml.mjs';

const ONE_DAY = 24 * 60 * 60;

/**
 * Renders the account page's order list: one card per demo order with a `<waypost-tracker>` opened by a token
 * minted here, so a signed-in shopper sees each status without typing anything. The tracker shows the order's
 * number, items and totals itself; the card only adds what the demo order is there to show. The trackers are
 * not live: a page of eight open streams would use up the six connections a browser allows per host.
 *
 * @param {{ source: import('@waypost/client').Source, secret: string }} options
 * @returns {Promise<string>}
 * @example html.replace('<!-- waypost:orders -->', await renderOrderList({ source, secret }))
 */
export async function renderOrderList({ source, secret }) {
  const cards = [];
  for (const { number, title } of demoOrders) {
    const found = await source.findOrder?.(number, {});
    if (!found) continue;
    const { order } = found;
    const { token } = await createAccessToken({ secret, kind: 'order', id: order.id, ttlSeconds: ONE_DAY });
    cards.push(`<li class="order-card" id="${escapeHtml(order.number)}">
      <h2 class="order-card-title">Order ${escapeHtml(order.number)} <span class="order-meta">· ${escapeHtml(title)}</span></h2>
      <waypost-tracker endpoint="/api/waypost" token="${escapeHtml(token)}" live="false"></waypost-tracker>
    </li>`);
  }
  return `<ol class="order-list">${cards.join('\n')}</ol>
    <p class="returns-note" id="returns">Returns and exchanges start from any delivered order above: open its tracker to return or exchange an item.</p>`;
}
