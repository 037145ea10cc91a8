import { getTrackingTag } from './getTrackingTag.js';

/**
 * The cache tags of every parcel in a record, found wherever a `trackingNumber` sits (an order's shipments, its
 * returns' and exchanges' legs), so a webhook about any of them forgets the record.
 *
 * @example getTrackingTags({ kind: 'shipment', shipment }) // ['t:1Z999AA1']
 */
export function getTrackingTags(value: unknown): string[] {
  const tags = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'trackingNumber' && typeof child === 'string') tags.add(getTrackingTag(child));
        else if (typeof child === 'object') visit(child);
      }
    }
  };
  visit(value);
  return [...tags];
}
