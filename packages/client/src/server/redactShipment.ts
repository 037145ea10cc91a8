import type { Shipment } from '../model/Shipment.js';

/**
 * The public view of a parcel, for whoever knows only its tracking number: scan locations keep city, region and
 * country but lose postal codes (the last scan's is often the recipient's), and a pickup point keeps its name and
 * hours but not its street address. Names and order data never reach a shipment in the first place.
 *
 * @example redactShipment(shipment).events[0].location // { city: 'Memphis', region: 'TN', country: 'US' }
 */
export function redactShipment(shipment: Shipment): Shipment {
  const redacted: Shipment = {
    ...shipment,
    events: shipment.events.map((event) => {
      if (!event.location) return event;
      const { postalCode: _postalCode, ...location } = event.location;
      return { ...event, location };
    }),
  };
  if (shipment.pickupPoint) {
    const { address: _address, ...pickupPoint } = shipment.pickupPoint;
    redacted.pickupPoint = pickupPoint;
  }
  return redacted;
}
