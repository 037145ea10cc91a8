import { describe, expect, it } from 'vitest';
import { normalizeAddressLocation } from '../normalizeAddressLocation.js';
import { readPath } from '../readPath.js';

const normalize = (place: unknown) => normalizeAddressLocation(readPath({ place }, 'payload').at('place'));

describe('normalizeAddressLocation', () => {
  it('maps city, state, zip and country to the model, with an alpha-2 country', () => {
    expect(normalize({ city: 'MEMPHIS', state: 'TN', zip: '38118', country: 'USA' })).toEqual({
      city: 'MEMPHIS',
      region: 'TN',
      postalCode: '38118',
      country: 'US',
    });
  });

  it('decodes entities and leaves out the parts that are blank or missing', () => {
    expect(normalize({ city: ' Ch&#226;teauroux ', state: ' ', zip: null })).toEqual({ city: 'Châteauroux' });
  });

  it('gives undefined for a place with no part, null or no object', () => {
    expect([
      normalize({ city: '', country: null }),
      normalize(null),
      normalize(undefined),
      normalize('Memphis'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
