import { isNotFoundError } from '../../errors/NotFoundError.js';
import type { Resource } from '../../model/LookupResult.js';
import type { ResourceKind } from '../../model/ResourceKind.js';
import type { Shipment } from '../../model/Shipment.js';
import type { Source, SourceContext } from '../../source/Source.js';
import { normalizeTrackingNumber } from './normalizeTrackingNumber.js';
import { parseShipmentId } from './parseShipmentId.js';

/** A tracking-number lookup as a source receives it. */
export interface TrackingQuery {
  trackingNumber: string;
  /** The provider's carrier code, when the shopper or the id gave one. */
  carrier?: string | undefined;
}

/** Options of `createTrackingSource`. */
export interface TrackingSourceOptions {
  /** The provider key, used as `Source.name` and as the prefix of the shipment ids (`aftership`). */
  name: string;
  /** Fetches and normalizes one parcel; `null` (or a `NotFoundError`) when the provider has none. */
  fetchTracking(query: TrackingQuery, context: SourceContext): Promise<Shipment | null>;
}

async function fetchOrNull(options: TrackingSourceOptions, query: TrackingQuery, context: SourceContext) {
  try {
    return await options.fetchTracking(query, context);
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

/**
 * Builds a read-only `Source` over a tracking provider from one "fetch a parcel by tracking number" function:
 * `findShipment` for tracking-number lookups (the number as carriers print it: `normalizeTrackingNumber`), and `get('shipment', id)` for the ids the adapter's normalizer
 * makes (`createShipmentId`). Orders, returns and exchanges are not served (`get` answers `null`).
 *
 * @example
 * const source = createTrackingSource({ name: 'ship24', fetchTracking: (query, context) => … });
 */
export function createTrackingSource(options: TrackingSourceOptions): Source {
  return {
    name: options.name,
    async findShipment(query, context) {
      const trackingNumber = normalizeTrackingNumber(query.trackingNumber);
      if (trackingNumber === '') return null;
      const carrier = query.carrier?.trim() || undefined;
      return fetchOrNull(options, { trackingNumber, carrier }, context);
    },
    async get(kind: ResourceKind, id: string, context: SourceContext): Promise<Resource | null> {
      if (kind !== 'shipment') return null;
      const parts = parseShipmentId(id, options.name);
      if (!parts) return null;
      const shipment = await fetchOrNull(
        options,
        { trackingNumber: parts.trackingNumber, carrier: parts.carrier },
        context,
      );
      return shipment ? { kind: 'shipment', shipment } : null;
    },
  };
}
