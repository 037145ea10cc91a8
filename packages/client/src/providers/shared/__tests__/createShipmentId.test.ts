import { describe, expect, it } from 'vitest';
import { createShipmentId } from '../createShipmentId.js';
import { parseShipmentId } from '../parseShipmentId.js';

describe('createShipmentId', () => {
  it('joins provider, carrier and tracking number, each URI-encoded', () => {
    expect(createShipmentId('aftership', 'ups', '1Z 22:07')).toBe('aftership:ups:1Z%2022%3A07');
  });

  it('turns lone surrogates into U+FFFD instead of throwing a URIError', () => {
    const id = createShipmentId('17track', 'ups\ud800', '\udc001Z22');
    expect(parseShipmentId(id, '17track')).toEqual({
      provider: '17track',
      carrier: 'ups\ufffd',
      trackingNumber: '\ufffd1Z22',
    });
  });
});
