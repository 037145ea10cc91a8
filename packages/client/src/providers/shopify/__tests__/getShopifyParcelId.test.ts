import { describe, expect, it } from 'vitest';
import { getShopifyFulfillmentId } from '../getShopifyFulfillmentId.js';
import { getShopifyParcelId } from '../getShopifyParcelId.js';

describe('getShopifyParcelId', () => {
  it('names a later parcel by its fulfillment and its tracking number', () => {
    expect(getShopifyParcelId('255858046', '1Z1234512345123457')).toBe('255858046:1Z1234512345123457');
  });

  it('encodes a number with separators so the id keeps one colon', () => {
    const id = getShopifyParcelId('255858046', 'LX 123:456/7\ud800');
    expect(id).toBe('255858046:LX%20123%3A456%2F7%EF%BF%BD');
    expect(id.split(':')).toHaveLength(2);
  });

  it('is read back to its fulfillment', () => {
    expect(getShopifyFulfillmentId(getShopifyParcelId('255858046', 'LX 123:456'))).toBe('255858046');
  });
});
