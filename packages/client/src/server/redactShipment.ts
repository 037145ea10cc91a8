import type { Location } from '../model/Location.js';
import type { Shipment } from '../model/Shipment.js';

// What a scan location keeps in the public view: city, region and country, each only without a digit in it — where
// a postal code or a house number shows up when a source put an address where a place name belongs. Everything
// else (the postal code, the carrier's free text, keys the model may gain) is left out.
function getPublicLocation(location: Location): Location | undefined {
  const kept: Location = {};
  for (const key of ['city', 'region', 'country'] as const) {
    const part = location[key];
    if (part && !/\d/.test(part)) kept[key] = part;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The public view of a parcel, for whoever knows only its tracking number: scan locations keep city, region and
 * country but never a postal code, a street address or the carrier's free-text place (the last scan's is often the
 * recipient's), and a pickup point keeps its name and hours but not its street address. Names and order data never
 * reach a shipment in the first place.
 *
 * @example redactShipment(shipment).events[0].location // { city: 'Memphis', region: 'TN', country: 'US' }
 */
export function redactShipment(shipment: Shipment): Shipment {
  const redacted: Shipment = {
    ...shipment,
    events: shipment.events.map((event) => {
      if (!event.location) return event;
      const { location: _location, ...rest } = event;
      const location = getPublicLocation(event.location);
      return location ? { ...rest, location } : rest;
    }),
  };
  if (shipment.pickupPoint) {
    const { address: _address, ...pickupPoint } = shipment.pickupPoint;
    redacted.pickupPoint = pickupPoint;
  }
  return redacted;
}
