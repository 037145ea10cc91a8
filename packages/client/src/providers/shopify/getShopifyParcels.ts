import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { PathReader } from '../shared/readPath.js';

/** One parcel of a Shopify fulfillment: its tracking number (`''` when untracked) and its own tracking link. */
export interface ShopifyParcel {
  trackingNumber: string;
  trackingUrl?: string;
}

// The key parcels are matched on everywhere (`isSameParcel`): no spaces or dashes, upper case. Two numbers with one
// key are one parcel to a carrier and to a webhook push, so they make one parcel here too.
const getKey = (trackingNumber: string) => trackingNumber.replace(/[\s-]/g, '').toUpperCase();

/**
 * The parcels of a REST fulfillment, one per distinct tracking number: `tracking_number` (Shopify's first) then the
 * rest of `tracking_numbers[]`, in Shopify's order, blanks and repeats left out. A fulfillment without a number is
 * one untracked parcel. Each parcel's link is the `tracking_urls[]` entry at its number's index (for the first,
 * also `tracking_url`), and only when it is http/https: a link of another box would track the wrong parcel. A
 * fulfillment of one parcel keeps the first http/https link of all of them, as every link it has is that parcel's.
 *
 * @example getShopifyParcels(readPath({ tracking_numbers: ['A1', 'B2'], tracking_urls: ['https://t/A1'] }, 'f'))
 * // [{ trackingNumber: 'A1', trackingUrl: 'https://t/A1' }, { trackingNumber: 'B2' }]
 */
export function getShopifyParcels(fulfillment: PathReader): ShopifyParcel[] {
  const numbers = fulfillment
    .at('tracking_numbers')
    .optionalArray()
    .map((entry) => entry.optionalString());
  const urls = fulfillment
    .at('tracking_urls')
    .optionalArray()
    .map((entry) => entry.optionalString());
  const firstUrl = fulfillment.at('tracking_url').optionalString();
  const candidates = [
    { number: fulfillment.at('tracking_number').optionalString(), url: firstUrl },
    ...numbers.map((number, index) => ({ number, url: urls[index] })),
  ];

  const parcels = new Map<string, { trackingNumber: string; urls: Array<string | undefined> }>();
  for (const { number, url } of candidates) {
    const trackingNumber = number?.trim() ?? '';
    if (trackingNumber === '') continue;
    const key = getKey(trackingNumber);
    // `tracking_url` is Shopify's link of the first number, however that number is written in the list.
    const parcel = parcels.get(key) ?? { trackingNumber, urls: parcels.size === 0 ? [firstUrl] : [] };
    parcel.urls.push(url);
    parcels.set(key, parcel);
  }
  if (parcels.size <= 1) {
    const trackingUrl = [firstUrl, ...urls].find((url) => isHttpUrl(url));
    const trackingNumber = [...parcels.values()][0]?.trackingNumber ?? '';
    return [{ trackingNumber, ...(trackingUrl ? { trackingUrl } : {}) }];
  }
  return [...parcels.values()].map(({ trackingNumber, urls: own }) => {
    const trackingUrl = own.find((url) => isHttpUrl(url));
    return { trackingNumber, ...(trackingUrl ? { trackingUrl } : {}) };
  });
}
