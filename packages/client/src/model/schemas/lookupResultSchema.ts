import type { Access } from '../Access.js';
import type { LookupResult } from '../LookupResult.js';
import * as v from '../validate/validators.js';
import type { Validator } from '../validate/Validator.js';
import { exchangeSchema, orderSchema, returnSchema } from './orderSchema.js';
import { idSchema, instantTextSchema } from './primitives.js';
import { shipmentSchema } from './shipmentSchema.js';

const accessSchema = v.object<Access>({ token: idSchema, expiresAt: instantTextSchema });

/** Validates a `LookupResult`: a tagged record plus its access token. */
export const lookupResultSchema: Validator<LookupResult> = v.variant('kind', {
  order: v.object({ kind: v.literal('order'), order: orderSchema, access: accessSchema }),
  return: v.object({ kind: v.literal('return'), return: returnSchema, access: accessSchema }),
  exchange: v.object({ kind: v.literal('exchange'), exchange: exchangeSchema, access: accessSchema }),
  shipment: v.object({ kind: v.literal('shipment'), shipment: shipmentSchema, access: accessSchema }),
});
