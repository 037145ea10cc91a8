import * as v from 'valibot';
import { exchangeSchema, orderSchema, returnSchema } from './orderSchema.js';
import { shipmentSchema } from './shipmentSchema.js';

const accessSchema = v.object({
  token: v.pipe(v.string(), v.minLength(1)),
  expiresAt: v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value)), 'an ISO 8601 instant'),
  ),
});

/** Validates a `LookupResult`: a tagged record plus its access token. */
export const lookupResultSchema = v.variant('kind', [
  v.object({ kind: v.literal('order'), order: orderSchema, access: accessSchema }),
  v.object({ kind: v.literal('return'), return: returnSchema, access: accessSchema }),
  v.object({ kind: v.literal('exchange'), exchange: exchangeSchema, access: accessSchema }),
  v.object({ kind: v.literal('shipment'), shipment: shipmentSchema, access: accessSchema }),
]);
