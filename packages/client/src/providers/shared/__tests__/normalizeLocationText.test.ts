import { describe, expect, it } from 'vitest';
import { normalizeLocationText } from '../normalizeLocationText.js';

describe('normalizeLocationText', () => {
  it('reads a city, a region code and an optional postal code', () => {
    expect(normalizeLocationText('SAN RAFAEL, CA 94901')).toEqual({
      city: 'SAN RAFAEL',
      region: 'CA',
      postalCode: '94901',
    });
    expect(normalizeLocationText('KEASBEY, NJ')).toEqual({ city: 'KEASBEY', region: 'NJ' });
    expect(normalizeLocationText('Deal, NJ 07723-1234')).toEqual({
      city: 'Deal',
      region: 'NJ',
      postalCode: '07723-1234',
    });
    expect(normalizeLocationText('SYDNEY, NSW 2000')).toEqual({ city: 'SYDNEY', region: 'NSW', postalCode: '2000' });
    expect(normalizeLocationText('OTTAWA, ON K1A 0B1')).toEqual({
      city: 'OTTAWA',
      region: 'ON',
      postalCode: 'K1A 0B1',
    });
  });

  it('reads a trailing country code only when the provider sent that country', () => {
    expect(normalizeLocationText('GUANGZHOU CN', { country: 'CN' })).toEqual({ city: 'GUANGZHOU', country: 'CN' });
    expect(normalizeLocationText('Memphis, TN, US', { country: 'US' })).toEqual({
      city: 'Memphis',
      region: 'TN',
      country: 'US',
    });
    expect(normalizeLocationText('GUANGZHOU CN')).toEqual({ text: 'GUANGZHOU CN' });
    expect(normalizeLocationText('GUANGZHOU CN', { country: 'JP' })).toEqual({ text: 'GUANGZHOU CN', country: 'JP' });
  });

  it('keeps any other text whole in text, never in city', () => {
    for (const place of [
      'LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER',
      'Beijing airport',
      'BONN',
      '1000 W Test Ln, Austin, Texas, 11111',
      '13th Street, New York, NY 10011',
      'NL, Netherlands',
    ]) {
      expect(normalizeLocationText(place)).toEqual({ text: place });
    }
  });

  it('keeps the parts the provider sent, which win over the text', () => {
    expect(normalizeLocationText('13th Street, New York, NY 10011, USA', { city: 'New York', region: 'NY' })).toEqual({
      city: 'New York',
      region: 'NY',
    });
    expect(normalizeLocationText('Reedley, CA 93654', { region: 'California', postalCode: '11111' })).toEqual({
      city: 'Reedley',
      region: 'California',
      postalCode: '11111',
    });
    expect(normalizeLocationText('1000 W Test Ln, Austin, Texas, 11111', { region: 'Texas' })).toEqual({
      region: 'Texas',
      text: '1000 W Test Ln, Austin, Texas, 11111',
    });
  });

  it('leaves out empty parts and gives undefined when nothing is left', () => {
    expect(normalizeLocationText(undefined, { city: '', region: undefined, country: 'US' })).toEqual({ country: 'US' });
    expect(normalizeLocationText('', { city: '' })).toBeUndefined();
    expect(normalizeLocationText(undefined)).toBeUndefined();
  });
});
