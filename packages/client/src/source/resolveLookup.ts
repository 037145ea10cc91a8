import { InvalidRequestError } from '../errors/InvalidRequestError.js';
import { NotFoundError } from '../errors/NotFoundError.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';
import { VerificationError } from '../errors/VerificationError.js';
import type { OrderEmailLookup, OrderPostalCodeLookup, TrackingNumberLookup } from '../model/LookupQuery.js';
import type { Resource } from '../model/LookupResult.js';
import type { Source, SourceContext } from './Source.js';
import { secretEquals } from './secretEquals.js';

const text = (value: unknown, field: string): string => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new InvalidRequestError(`lookup: \`${field}\` must be a non-empty string`, {
    fields: [{ field, message: 'required' }],
  });
};

/** Email as compared: trimmed and lowercased. */
const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Postal code as compared: spaces and hyphens removed, uppercased (`sw1a-1aa` → `SW1A1AA`), and a US ZIP+4 cut to
 * its ZIP (`94107-1234` → `94107`), so that a shopper who types either form matches an order on file in either.
 */
const normalizePostalCode = (code: string) => {
  const compact = code.replace(/[\s-]+/g, '').toUpperCase();
  return /^\d{9}$/.test(compact) ? compact.slice(0, 5) : compact;
};

/**
 * Finds and verifies a lookup against a source; shared by the server handler and the in-process client.
 * Order lookups need the email or postal code on file, compared in constant time; a tracking-number lookup
 * returns only the parcel, which carries no personal data. Unknown → `NotFoundError`; wrong email or postal code
 * → `VerificationError`; a form the source cannot serve → `UnsupportedError`; a malformed query →
 * `InvalidRequestError`.
 *
 * @example const resource = await resolveLookup(source, { orderNumber: 'W1001', email: 'shopper@example.com' }, {})
 */
export async function resolveLookup(
  source: Source,
  query: OrderEmailLookup | OrderPostalCodeLookup | TrackingNumberLookup,
  context: SourceContext,
): Promise<Resource> {
  const input = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  if ('trackingNumber' in input) {
    const trackingNumber = text(input.trackingNumber, 'trackingNumber');
    const carrier = typeof input.carrier === 'string' && input.carrier.trim() ? input.carrier.trim() : undefined;
    if (!source.findShipment) throw new UnsupportedError(`${source.name} cannot look up tracking numbers`);
    const shipment = await source.findShipment(carrier ? { trackingNumber, carrier } : { trackingNumber }, context);
    if (!shipment) throw new NotFoundError('lookup: no parcel has this tracking number');
    return { kind: 'shipment', shipment };
  }
  const orderNumber = text(input.orderNumber, 'orderNumber');
  const byEmail = 'email' in input;
  const given = byEmail ? text(input.email, 'email') : text(input.postalCode, 'postalCode');
  if (!source.findOrder) throw new UnsupportedError(`${source.name} cannot look up orders`);
  const found = await source.findOrder(orderNumber, context);
  if (!found) throw new NotFoundError('lookup: no order has this number');
  const normalize = byEmail ? normalizeEmail : normalizePostalCode;
  const expected = byEmail ? found.contact.email : found.contact.postalCode;
  // Compare even when nothing is on file, so that case takes as long as a mismatch.
  const matches = secretEquals(normalize(given), expected === undefined ? '\0' : normalize(expected));
  if (!matches || expected === undefined) {
    throw new VerificationError(`lookup: the ${byEmail ? 'email' : 'postal code'} does not match this order`);
  }
  return { kind: 'order', order: found.order };
}
