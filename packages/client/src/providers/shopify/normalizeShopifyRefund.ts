import type { Money } from '../../model/Money.js';
import type { Refund } from '../../model/Refund.js';
import { parseTime } from '../../time/parseTime.js';
import { readPath } from '../shared/readPath.js';
import { getShopifyMoney } from './getShopifyMoney.js';

function getMethod(gateways: string[]): Refund['method'] {
  if (gateways.length > 0 && gateways.every((gateway) => gateway === 'gift_card')) return 'gift_card';
  if (gateways.length > 0 && gateways.every((gateway) => gateway.includes('store_credit'))) return 'store_credit';
  return gateways.length === 0 ? 'other' : 'original_payment';
}

/**
 * Maps a REST refund (`{ refund }` or the bare object, as in `order.refunds[]`) to a `Refund`: the sum of its
 * `refund` transactions, `issued` when they all succeeded, `failed` when none did, `pending` otherwise; the
 * method from the gateways (`gift_card`, store credit, else the original payment). A refund without
 * transactions (a restock only) is `pending` with amount 0 in the currency of its money sets.
 *
 * Invalid input policy: anything that is not a refund throws `InvalidResponseError` with the field path.
 *
 * @example normalizeShopifyRefund(await api.get(`orders/${id}/refunds/${rid}.json`)) // { amount: { amount: 41.94, currency: 'USD' }, … }
 */
export function normalizeShopifyRefund(payload: unknown): Refund {
  const root = readPath(payload, 'Shopify refund');
  root.object();
  const refund = root.at('refund').exists() ? root.at('refund') : root;
  refund.object();
  const transactions = refund
    .at('transactions')
    .array()
    .filter((transaction) => transaction.object() && transaction.at('kind').optionalString() === 'refund');
  // The currency of a refund without transactions comes from its money sets.
  const currency =
    getShopifyMoney(refund.at('total_duties_set'))?.currency ??
    getShopifyMoney(refund.at('refund_line_items').optionalArray()[0]?.at('subtotal_set') ?? refund.at('none'))
      ?.currency ??
    'USD';
  let amount: Money = { amount: 0, currency };
  const statuses: string[] = [];
  const gateways: string[] = [];
  for (const transaction of transactions) {
    const value = Number(transaction.at('amount').optionalString() ?? Number.NaN);
    const code = transaction.at('currency').optionalString() ?? currency;
    const status = transaction.at('status').optionalString() ?? 'pending';
    statuses.push(status);
    gateways.push(transaction.at('gateway').optionalString() ?? '');
    if (Number.isFinite(value) && status === 'success' && /^[A-Z]{3}$/.test(code)) {
      amount = {
        amount: Math.round(((amount.currency === code ? amount.amount : 0) + value) * 100) / 100,
        currency: code,
      };
    }
  }
  const status: Refund['status'] =
    statuses.length > 0 && statuses.every((entry) => entry === 'success')
      ? 'issued'
      : statuses.length > 0 && statuses.every((entry) => entry === 'failure' || entry === 'error')
        ? 'failed'
        : 'pending';
  const issuedAt = parseTime(refund.at('processed_at').optionalString() ?? refund.at('created_at').optionalString());
  return { amount, method: getMethod(gateways), status, ...(status === 'issued' && issuedAt ? { issuedAt } : {}) };
}
