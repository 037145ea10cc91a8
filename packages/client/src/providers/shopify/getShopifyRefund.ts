import type { Money } from '../../model/Money.js';
import type { Refund } from '../../model/Refund.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { compareTimes } from '../../time/compareTimes.js';
import { parseTime } from '../../time/parseTime.js';
import type { PathReader } from '../shared/readPath.js';
import { getShopifyMoney } from './getShopifyMoney.js';

/**
 * One `Refund` from the GraphQL refunds of a return (`refunds { nodes { createdAt totalRefundedSet } }`): the
 * amounts summed (in the first refund's currency), paid back to the original payment, issued at the latest
 * refund's time. `null` when there is no refund.
 *
 * @example getShopifyRefund(getShopifyNodes(doc.at('refunds')))?.amount // { amount: 41.94, currency: 'USD' }
 */
export function getShopifyRefund(nodes: PathReader[]): Refund | null {
  let amount: Money | undefined;
  let issuedAt: TimeValue | null = null;
  for (const node of nodes) {
    node.object();
    const money = getShopifyMoney(node.at('totalRefundedSet'));
    if (money && (!amount || amount.currency === money.currency)) {
      amount = { amount: Math.round(((amount?.amount ?? 0) + money.amount) * 100) / 100, currency: money.currency };
    }
    const time = parseTime(node.at('createdAt').optionalString());
    if (time && compareTimes(time, issuedAt) > 0) issuedAt = time;
  }
  if (!amount) return null;
  return { amount, method: 'original_payment', status: 'issued', ...(issuedAt ? { issuedAt } : {}) };
}
