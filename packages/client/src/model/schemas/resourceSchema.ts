import * as v from 'valibot';
import { exchangeSchema, orderSchema, returnSchema } from './orderSchema.js';
import { shipmentSchema } from './shipmentSchema.js';

/** Validates a `Resource`: a record tagged with its kind. */
export const resourceSchema = v.variant('kind', [
  v.object({ kind: v.literal('order'), order: orderSchema }),
  v.object({ kind: v.literal('return'), return: returnSchema }),
  v.object({ kind: v.literal('exchange'), exchange: exchangeSchema }),
  v.object({ kind: v.literal('shipment'), shipment: shipmentSchema }),
]);
