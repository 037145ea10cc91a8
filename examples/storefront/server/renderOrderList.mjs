import { createAccessToken } from '@waypost/client/server';
import { demoOrders } from './demoOrders.mjs';
import { escapeHtml } from './escapeHtml.mjs';

const ONE_DAY = 24 * 60 * 60;

/** @param {{ kind: string, utc?: string, date?: string }} time */
function formatPlaced(time) {
  const value = time.kind === 'instant' ? new Date(time.utc) : new Date(`${time.date ?? '1970-01-01'}T12:00:00Z`);
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'America/Los_Angeles' }).format(value);
}

/** @param {{ amount: number, currency: string } | undefined} money */
function formatMoney(money) {
  if (!money) return '';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency }).format(money.amount);
}

/** Same-origin path of an image URL, so the page's `img-src 'self'` allows it whichever host name was used. */
function toPath(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * Renders the account page's order list: one card per demo order with a `<waypost-tracker>` opened by a token
 * minted here, so a signed-in shopper sees each status without typing anything. The trackers are not live: a
 * page of eight open streams would use up the six connections a browser allows per host.
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
    const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
    const thumbs = order.items
      .filter((item) => item.imageUrl)
      .map(
        (item) =>
          `<li><img src="${escapeHtml(toPath(item.imageUrl))}" alt="${escapeHtml(item.title)}" width="48" height="48"></li>`,
      )
      .join('');
    cards.push(`<li class="order-card" id="${escapeHtml(order.number)}">
      <div class="order-card-header">
        <div>
          <h2>Order ${escapeHtml(order.number)}</h2>
          <p class="order-meta">Placed ${escapeHtml(formatPlaced(order.placedAt))} · ${count} ${count === 1 ? 'item' : 'items'} · ${escapeHtml(formatMoney(order.total))}</p>
          <p class="order-meta">Demo: ${escapeHtml(title)}</p>
        </div>
        <ul class="thumbs">${thumbs}</ul>
      </div>
      <waypost-tracker endpoint="/api/waypost" token="${escapeHtml(token)}" live="false"></waypost-tracker>
    </li>`);
  }
  return `<ol class="order-list">${cards.join('\n')}</ol>
    <p class="returns-note" id="returns">Returns and exchanges start from any delivered order above: open its tracker to return or exchange an item.</p>`;
}
