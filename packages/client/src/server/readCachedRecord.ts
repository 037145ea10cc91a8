import type { Resource } from '../model/LookupResult.js';
import { parseModel } from '../model/parseModel.js';
import { parseResource } from '../model/parseResource.js';
import { orderSchema } from '../model/schemas/orderSchema.js';
import { shipmentSchema } from '../model/schemas/shipmentSchema.js';

/**
 * The record an entry of `createCachedSource` holds, read by its key: a `get:` answer is a record, a `findOrder`
 * answer (`order:`) is an order with its contact, which is left out, and a `findShipment` answer (`shipment:`) a
 * parcel; `null` for a cached miss. Validated against the model like every read of the cache.
 *
 * @throws InvalidResponseError when the text is not such a record; SyntaxError when it is not JSON; TypeError for a
 * key `createCachedSource` does not write.
 * @example readCachedRecord('shipment:aftership:1Z999AA10123456784::', text) // { kind: 'shipment', shipment }
 */
export function readCachedRecord(key: string, text: string): Resource | null {
  const value = JSON.parse(text) as unknown;
  if (value === null) return null;
  const kind = key.slice(0, key.indexOf(':'));
  if (kind === 'get') return parseResource(value, 'cached record');
  if (kind === 'order') {
    return { kind: 'order', order: parseModel(orderSchema, (value as { order?: unknown }).order, 'cached order') };
  }
  if (kind === 'shipment') return { kind: 'shipment', shipment: parseModel(shipmentSchema, value, 'cached shipment') };
  throw new TypeError(`[waypost] ${key} is not a key of the source cache`);
}
