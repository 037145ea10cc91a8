import type { Shipment } from '../model/Shipment.js';
import { applyShipment } from './applyShipment.js';
import { getTrackingTag } from './getTrackingTag.js';
import { readCachedRecord } from './readCachedRecord.js';
import type { SourceCache } from './SourceCache.js';

// Whether the entry stays as it is under `shipment`: it shows that parcel as fresh or fresher, or shows another
// carrier's parcel under the number. An entry that cannot be read is no reason to keep it.
function isUnchangedBy(shipment: Shipment, key: string, text: string): boolean {
  try {
    const record = readCachedRecord(key, text);
    return record === null || applyShipment(record, shipment) === null;
  } catch {
    return false;
  }
}

/**
 * Forgets the cached answers showing `shipment`'s parcel (its tracking tag), unless it would change none of them:
 * each shows that parcel as fresh or fresher, or another carrier's parcel under the number, by the rule event
 * streams follow (`applyShipment`). A late, redelivered or replayed webhook then costs no provider call. With a
 * store that cannot list a tag's entries (no `getTagged`, or it failed), the answers are forgotten as before. A
 * failure to forget is thrown: the webhook answers 500 and the provider delivers it again.
 *
 * @example await invalidateShipment(cache, shipmentFromWebhook)
 */
export async function invalidateShipment(store: SourceCache, shipment: Shipment): Promise<void> {
  const tag = getTrackingTag(shipment.trackingNumber);
  let entries: Array<{ key: string; text: string }> | undefined;
  try {
    entries = await store.getTagged?.(tag);
  } catch {
    entries = undefined;
  }
  if (entries?.every(({ key, text }) => isUnchangedBy(shipment, key, text))) return;
  await store.invalidate(tag);
}
