import { describe, expect, it } from 'vitest';
import { getShopifyFulfillmentId } from '../getShopifyFulfillmentId.js';

describe('getShopifyFulfillmentId', () => {
  it('reads the fulfillment of a later parcel’s id', () => {
    expect(getShopifyFulfillmentId('255858046:1Z1234512345123457')).toBe('255858046');
  });

  it('keeps a first parcel’s id, which is the fulfillment’s', () => {
    expect(getShopifyFulfillmentId('255858046')).toBe('255858046');
  });

  it('reads a global id', () => {
    expect(getShopifyFulfillmentId('gid://shopify/Fulfillment/255858046')).toBe('255858046');
  });

  it('leaves an id of another shape alone', () => {
    expect(getShopifyFulfillmentId('aftership:usps:9400')).toBe('aftership:usps:9400');
  });
});
