/** The parts of an id made by `createShipmentId`. */
export interface ShipmentIdParts {
  provider: string;
  /** The provider's own carrier code; `undefined` when the id carries none. */
  carrier: string | undefined;
  trackingNumber: string;
}

/**
 * Reads an id made by `createShipmentId`; `null` when it is malformed or belongs to another provider.
 *
 * @example parseShipmentId('shippo:usps:9205590164917337534322', 'shippo') // { provider: 'shippo', carrier: 'usps', … }
 */
export function parseShipmentId(id: string, provider: string): ShipmentIdParts | null {
  const parts = id.split(':');
  if (parts.length !== 3) return null;
  try {
    const [owner, carrier, trackingNumber] = parts.map((part) => decodeURIComponent(part)) as [string, string, string];
    if (owner !== provider || trackingNumber.trim() === '') return null;
    return { provider: owner, carrier: carrier === '' ? undefined : carrier, trackingNumber };
  } catch {
    return null;
  }
}
