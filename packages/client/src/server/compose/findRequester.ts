import type { Resource } from '../../model/LookupResult.js';
import type { Source, SourceContext } from '../../source/Source.js';

function getOrderNumber(resource: Resource | undefined): string | undefined {
  switch (resource?.kind) {
    case 'order':
      return resource.order.number;
    case 'return':
      return resource.return.orderNumber;
    case 'exchange':
      return resource.exchange.orderNumber ?? resource.exchange.return.orderNumber;
    default:
      return undefined;
  }
}

/**
 * The shopper behind a report: the contact the orders source holds for the record's order (the email a lookup is
 * verified against) and the order's first name. `undefined` when the record names no order, the source cannot
 * find it or has no email, or the look-up fails: the report then goes without a requester rather than not at all.
 *
 * @example await findRequester(orders, context) // { email: 'ana@example.com', name: 'Ana' }
 */
export async function findRequester(
  orders: Source,
  context: SourceContext,
): Promise<SourceContext['requester'] | undefined> {
  const number = getOrderNumber(context.resource);
  if (!number || !orders.findOrder) return undefined;
  try {
    const found = await orders.findOrder(number, context);
    const email = found?.contact.email;
    if (!email) return undefined;
    const name = found.order.customerFirstName;
    return { email, ...(name ? { name } : {}) };
  } catch (error) {
    if (context.signal?.aborted) throw error;
    return undefined;
  }
}
