import { describe, expect, it } from 'vitest';
import { normalizeCarrier } from '../normalizeCarrier.js';

describe('normalizeCarrier', () => {
  it('folds provider codes to one lowercase code with a display name', () => {
    expect(normalizeCarrier('USPS')).toEqual({ code: 'usps', name: 'USPS' });
    expect(normalizeCarrier('us-post')).toEqual({ code: 'usps', name: 'USPS' });
    expect(normalizeCarrier('DHLExpress')).toEqual({ code: 'dhl-express', name: 'DHL Express' });
  });

  it('keeps unknown codes and prefers the provider name for them', () => {
    expect(normalizeCarrier('acme-freight')).toEqual({ code: 'acme-freight', name: 'acme-freight' });
    expect(normalizeCarrier('acme', { name: 'Acme Freight' })).toEqual({ code: 'acme', name: 'Acme Freight' });
  });

  it('reads EasyPost’s UPS account codes as UPS, and a code with spaces as one hyphenated word', () => {
    expect(normalizeCarrier('UPSDAP')).toEqual({ code: 'ups', name: 'UPS' });
    expect(normalizeCarrier('UPS Mail Innovations')).toEqual({
      code: 'ups-mail-innovations',
      name: 'UPS Mail Innovations',
    });
  });

  it('answers an unknown carrier for a missing code', () => {
    expect(normalizeCarrier(undefined)).toEqual({ code: 'unknown', name: 'Unknown carrier' });
  });

  it('keeps only http and https URLs', () => {
    expect(normalizeCarrier('ups', { url: 'https://www.ups.com' }).url).toBe('https://www.ups.com');
    expect(normalizeCarrier('ups', { url: 'javascript:alert(1)' }).url).toBeUndefined();
  });

  it('finds nothing in its tables for names of Object.prototype', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(normalizeCarrier(code)).toEqual({ code: code.toLowerCase(), name: code });
    }
  });
});
