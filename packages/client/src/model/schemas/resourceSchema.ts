import type { Resource } from '../LookupResult.js';
import type { Validator } from '../validate/Validator.js';
import * as v from '../validate/validators.js';
import { exchangeSchema, orderSchema, returnSchema } from './orderSchema.js';
import { shipmentSchema } from './shipmentSchema.js';

/** Validates a `Resource`: a record tagged with its kind. */
export const resourceSchema: Validator<Resource> = v.variant('kind', {
  order: v.object({ kind: v.literal('order'), order: orderSchema }),
  return: v.object({ kind: v.literal('return'), return: returnSchema }),
  exchange: v.object({ kind: v.literal('exchange'), exchange: exchangeSchema }),
  shipment: v.object({ kind: v.literal('shipment'), shipment: shipmentSchema }),
});
