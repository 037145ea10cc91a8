import type { Location } from '../../model/Location.js';

// `CITY, ST`, `CITY, ST 94901`, `CITY, ST 94901-1234`, `CITY, NSW 2000`, `CITY, ON K1A 0B1`: a city with no digit
// and no comma, a region code, and optionally a postal code of the forms carriers print after it.
const cityRegion = /^([^,\d]+?),\s*([A-Z]{2,3})(?:\s+(\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d))?$/;

// Reads the forms that say for certain which part is the city; anything else is not guessed at.
function readPlace(text: string, country: string | undefined): Location | undefined {
  let rest = text;
  let stripped = false;
  // A trailing country code the provider also sent as the country (`GUANGZHOU CN`, `Memphis, TN, US`).
  if (country && /^[A-Z]{2}$/.test(country)) {
    const suffix = new RegExp(`(?:,\\s*|\\s+)${country}$`);
    if (suffix.test(rest)) {
      rest = rest.replace(suffix, '').trim();
      stripped = true;
    }
  }
  const match = cityRegion.exec(rest);
  if (match) {
    const [, city, region, postalCode] = match as unknown as [string, string, string, string | undefined];
    return { city: city.trim(), region, ...(postalCode ? { postalCode } : {}) };
  }
  return stripped && rest !== '' && !/[\d,]/.test(rest) ? { city: rest } : undefined;
}

/**
 * Completes a scan location from the provider's free-text place (Ship24's and Karrio's only place; AfterShip's and
 * 17TRACK's when their city is empty). Free text never becomes the `city` as it is: the last scan's place is often
 * the recipient's street address or postal code. When `parts` has no city, the text is read into city, region and
 * postal code if it has a form that says which is which (`SAN RAFAEL, CA 94901`, or `GUANGZHOU CN` when `parts`
 * says the country is `CN`); otherwise it is kept whole in `text`, which the public view leaves out. Parts the
 * provider sent win over parts read from the text; empty parts are left out, and a place with none gives `undefined`.
 *
 * @example normalizeLocationText('SAN RAFAEL, CA 94901') // { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' }
 * @example normalizeLocationText('Beijing airport') // { text: 'Beijing airport' }
 * @example normalizeLocationText('NARITA-SHI JP', { country: 'JP' }) // { country: 'JP', city: 'NARITA-SHI' }
 */
export function normalizeLocationText(text: string | undefined, parts: Location = {}): Location | undefined {
  // Empty parts are left out, so the event carries no empty location.
  let location: Location = Object.fromEntries(Object.entries(parts).filter(([, value]) => value));
  if (!location.city && text) {
    const read = readPlace(text, location.country);
    location = read ? { ...read, ...location } : { ...location, text };
  }
  return Object.keys(location).length > 0 ? location : undefined;
}
