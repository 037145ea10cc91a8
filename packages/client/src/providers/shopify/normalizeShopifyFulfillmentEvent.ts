import type { Location } from '../../model/Location.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getCountryCode } from '../shared/getCountryCode.js';
import type { PathReader } from '../shared/readPath.js';
import { mapShopifyShipmentStatus } from './mapShopifyShipmentStatus.js';

/**
 * Maps one REST `fulfillment_event` (or GraphQL `FulfillmentEvent`: `happenedAt`, `message`, `status`). Its
 * `happened_at` carries the shop's offset (`-05:00`), not the scan location's: it is kept as the instant it is,
 * and shown in the viewer's zone. The address parts become the location; coordinates and street are dropped.
 *
 * @example normalizeShopifyFulfillmentEvent(readPath(event, 'Shopify fulfillment event')).milestone // 'in_transit'
 */
export function normalizeShopifyFulfillmentEvent(event: PathReader): TrackingEvent {
  event.object();
  const status = event.at('status').nonEmptyString();
  const mapped = mapShopifyShipmentStatus(status);
  const time = parseTime(event.at('happened_at').optionalString() ?? event.at('happenedAt').optionalString());
  const location: Location = {};
  const city = event.at('city').optionalString();
  const region = event.at('province').optionalString();
  const country = getCountryCode(event.at('country').optionalString());
  const postalCode = event.at('zip').optionalString();
  if (city) location.city = decodeEntities(city);
  if (region) location.region = decodeEntities(region);
  if (country) location.country = country;
  if (postalCode) location.postalCode = postalCode;
  const exception = mapped.exception === 'unknown' ? undefined : (mapped.exception ?? undefined);
  return {
    time,
    ...(mapped.milestone ? { milestone: mapped.milestone } : {}),
    ...(exception ? { exception } : {}),
    description: decodeEntities(event.at('message').optionalString() ?? ''),
    ...(Object.keys(location).length > 0 ? { location } : {}),
    code: status,
  };
}
