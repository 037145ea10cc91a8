import type { StartReturnInput } from '../model/Actions.js';
import type { LookupResult } from '../model/LookupResult.js';
import type { Order } from '../model/Order.js';
import { ROUTES } from '../protocol/ROUTES.js';
import { findOrderItem } from '../source/findOrderItem.js';
import { createAccessToken } from './createAccessToken.js';
import { createJsonResponse } from './createJsonResponse.js';
import { outOfScope } from './getAuthorizedResource.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';
import { parseActionInput } from './parseActionInput.js';
import { presentResource } from './presentResource.js';
import { readBearerGrant } from './readBearerGrant.js';
import { readJsonBody } from './readJsonBody.js';

type Input = StartReturnInput;

// The source decides the return policy; this only refuses what the order itself contradicts.
function checkItems(input: Input, order: Order): void {
  const errors: Array<{ field: string; message: string }> = [];
  input.items.forEach((entry, index) => {
    const item = findOrderItem(order, entry.itemId);
    if (!item) errors.push({ field: `items.${index}.itemId`, message: 'Not an item of this order' });
    else if (item.returnable?.eligible === false) {
      errors.push({ field: `items.${index}.itemId`, message: 'This item cannot be returned' });
    } else if (entry.quantity > item.quantity) {
      errors.push({ field: `items.${index}.quantity`, message: `At most ${item.quantity}` });
    }
  });
  input.exchangeFor?.forEach((entry, index) => {
    const offered = order.items.find((item) => item.id === entry.itemId)?.exchangeVariants;
    if (!input.items.some((item) => item.itemId === entry.itemId)) {
      errors.push({ field: `exchangeFor.${index}.itemId`, message: 'Not one of the returned items' });
    } else if (offered && !offered.includes(entry.variant)) {
      errors.push({ field: `exchangeFor.${index}.variant`, message: 'Not a variant offered for this item' });
    }
  });
  if (errors.length > 0) throw new ProblemError(400, 'invalid_request', 'The return is invalid', { errors });
}

/**
 * `POST /returns`: starts a return or exchange for the order the bearer token opens, after checking the items and
 * quantities against that order. `201` with the new record and a token for it.
 *
 * @example const response = await handleStartReturn(request, context)
 */
export async function handleStartReturn(request: Request, context: HandlerContext): Promise<Response> {
  const { source } = context;
  if (!source.startReturn) throw new ProblemError(501, 'unsupported', 'This store does not take returns here');
  const grant = await readBearerGrant(request, context);
  const input = parseActionInput(ROUTES.startReturn.input, await readJsonBody(request, context.maxBodyBytes));
  if (grant.k !== 'order' || grant.id !== input.orderId) {
    throw outOfScope('order');
  }
  const sourceContext = getSourceContext(request);
  const found = await source.get('order', input.orderId, sourceContext);
  if (found?.kind !== 'order') throw new ProblemError(404, 'not_found', 'No order has that id');
  checkItems(input, found.order);
  const created = await source.startReturn(input, { ...sourceContext, resource: found });
  // Served like any other record: checked against the model, unsafe links dropped.
  const resource = presentResource(created, { k: created.kind, o: input.orderId });
  if (resource.kind !== 'return' && resource.kind !== 'exchange') {
    throw new Error(`[waypost] ${source.name}.startReturn resolved to a ${resource.kind}, not a return or exchange`);
  }
  const record = resource.kind === 'return' ? resource.return : resource.exchange;
  const access = await createAccessToken({
    secret: context.secrets[0] as string,
    kind: resource.kind,
    id: record.id,
    orderId: input.orderId,
    ttlSeconds: context.tokenTtl,
    now: context.now(),
  });
  const result: LookupResult = { ...resource, access };
  return createJsonResponse(result, 201, { 'Cache-Control': 'no-store' });
}
