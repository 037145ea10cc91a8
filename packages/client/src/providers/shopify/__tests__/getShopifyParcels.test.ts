import { describe, expect, it } from 'vitest';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { readPath } from '../../shared/readPath.js';
import { getShopifyParcels } from '../getShopifyParcels.js';
import { shippedInParcels } from './shippedInParcels.js';

const present = hasFixtures('shopify');
if (!present) console.warn(getSkipMessage('shopify'));

type Json = Record<string, unknown>;
const read = (fulfillment: Json) => getShopifyParcels(readPath(fulfillment, 'Shopify fulfillment'));
const recorded = () =>
  (readFixture('shopify', 'rest_fulfillment_with_tracking_success.json') as { fulfillment: Json }).fulfillment;
const usps = (number: string) => `https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=${number}`;

describe.skipIf(!present)('getShopifyParcels', () => {
  it('gives each tracking number of a fulfillment its own parcel and its own link, in Shopify’s order', () => {
    const fulfillment = shippedInParcels(
      recorded(),
      ['1Z1234512345123457', '1Z1234512345123458'],
      [usps('1Z1234512345123457'), usps('1Z1234512345123458')],
    );
    expect(read(fulfillment)).toEqual([
      { trackingNumber: '1Z1234512345123456', trackingUrl: usps('1Z1234512345123456') },
      { trackingNumber: '1Z1234512345123457', trackingUrl: usps('1Z1234512345123457') },
      { trackingNumber: '1Z1234512345123458', trackingUrl: usps('1Z1234512345123458') },
    ]);
  });

  it('leaves a parcel without a link when its own is missing or not http/https, never lending another box’s', () => {
    const fulfillment = shippedInParcels(
      { ...recorded(), tracking_url: null, tracking_urls: ['javascript:alert(1)'] },
      ['1Z1234512345123457', '1Z1234512345123458'],
      [usps('1Z1234512345123457')],
    );
    expect(read(fulfillment)).toEqual([
      { trackingNumber: '1Z1234512345123456' },
      { trackingNumber: '1Z1234512345123457', trackingUrl: usps('1Z1234512345123457') },
      { trackingNumber: '1Z1234512345123458' },
    ]);
  });

  it('gives the first parcel Shopify’s `tracking_url` when its entry in the list has none', () => {
    const fulfillment = shippedInParcels({ ...recorded(), tracking_urls: [null] }, ['1Z1234512345123457']);
    expect(read(fulfillment)[0]).toEqual({
      trackingNumber: '1Z1234512345123456',
      trackingUrl: usps('1Z1234512345123456'),
    });
  });

  it('makes one parcel of numbers written twice, with spaces, dashes or another case, and skips blanks', () => {
    const fulfillment = shippedInParcels(recorded(), [
      ' ',
      '1z1234512345123456',
      '1Z 1234-5123 4512 3457',
      '1Z1234512345123457',
    ]);
    expect(read(fulfillment).map((parcel) => parcel.trackingNumber)).toEqual([
      '1Z1234512345123456',
      '1Z 1234-5123 4512 3457',
    ]);
  });

  it('keeps a fulfillment of one number as one parcel with the first http/https link it has', () => {
    expect(read(recorded())).toEqual([
      { trackingNumber: '1Z1234512345123456', trackingUrl: usps('1Z1234512345123456') },
    ]);
    const unsafeFirst = { ...recorded(), tracking_url: 'javascript:alert(1)', tracking_urls: ['ftp://x', usps('1')] };
    expect(read(unsafeFirst)).toEqual([{ trackingNumber: '1Z1234512345123456', trackingUrl: usps('1') }]);
  });

  it('reads a fulfillment without a number as one untracked parcel', () => {
    const untracked = { ...recorded(), tracking_number: null, tracking_numbers: [], tracking_urls: [] };
    expect(read(untracked)).toEqual([{ trackingNumber: '', trackingUrl: usps('1Z1234512345123456') }]);
    expect(read({ ...untracked, tracking_url: null })).toEqual([{ trackingNumber: '' }]);
  });

  it('finds the number behind a blank `tracking_number`', () => {
    expect(read({ ...recorded(), tracking_number: ' ' })[0]?.trackingNumber).toBe('1Z1234512345123456');
  });
});
