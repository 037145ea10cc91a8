import type { Location } from '../../model/Location.js';
import { getCountryCode } from './getCountryCode.js';
import { getText } from './getText.js';
import type { PathReader } from './readPath.js';

/**
 * Maps an address object written `city`/`state`/`zip`/`country` (EasyPost's `tracking_location`, Shippo's
 * `location`) to a scan location. The country becomes alpha-2 where it is known; parts left empty are omitted,
 * and a place with no part at all (or no object) gives `undefined`, so the event carries no empty location.
 *
 * @example
 * normalizeAddressLocation(readPath({ city: 'MEMPHIS', state: 'TN', country: 'USA' }, 'place'))
 * // { city: 'MEMPHIS', region: 'TN', country: 'US' }
 */
export function normalizeAddressLocation(place: PathReader): Location | undefined {
  if (!place.isObject()) return undefined;
  const location: Location = {};
  const city = getText(place.at('city'));
  const region = getText(place.at('state'));
  const country = getCountryCode(getText(place.at('country')));
  const postalCode = getText(place.at('zip'));
  if (city) location.city = city;
  if (region) location.region = region;
  if (country) location.country = country;
  if (postalCode) location.postalCode = postalCode;
  return Object.keys(location).length > 0 ? location : undefined;
}
