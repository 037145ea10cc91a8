import type { Access } from '../model/Access.js';
import type { LookupResult } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';

/** Remembers which access token reads which record. */
export interface TokenStore {
  get(kind: ResourceKind, id: string): string | undefined;
  remember(result: LookupResult): void;
}

// What `remember` walks: an order (`shipments`, `returns`, `exchanges`), a return (`shipment`), an exchange
// (`return`, `replacement.shipment`) or a parcel.
interface Held {
  id: string;
  shipment?: Held | null;
  return?: Held;
  replacement?: { shipment: Held | null };
  shipments?: Held[];
  returns?: Held[];
  exchanges?: Held[];
}

const expiry = (access: Access) => Date.parse(access.expiresAt);
const live = (access: Access) => expiry(access) > Date.now();

/**
 * Creates the per-client token memory. A token is kept for its record and for the records inside it, which the
 * protocol lets it read: an order's shipments, returns and exchanges, a return's parcel, an exchange's return and
 * replacement parcel. A read sends the token that shows the most: an order's, a return's or an exchange's before a
 * parcel's own (a tracking-number token sees the parcel without the shopper's data), and an expired token only when
 * no valid one is left. Of two tokens that show as much, the longer-lived one is kept.
 *
 * @example tokens.remember(orderResult); tokens.remember(trackingResult); tokens.get('shipment', 'shp_1') // the order's
 */
export function createTokenStore(): TokenStore {
  // `kind:id` → [the parcel's own token, the longest-lived token of an order, return or exchange holding it].
  const tokens = new Map<string, Access[]>();
  return {
    get: (kind, id) =>
      tokens.get(`${kind}:${id}`)?.reduce((best, access) => (live(best) && !live(access) ? best : access)).token,
    remember(result) {
      const { access } = result;
      const full = +(result.kind !== 'shipment');
      const keep = (kind: ResourceKind, record: Held | null | undefined): void => {
        if (!record) return;
        const key = `${kind}:${record.id}`;
        const held = tokens.get(key) ?? [];
        if (!(expiry(held[full] ?? access) > expiry(access))) held[full] = access;
        tokens.set(key, held);
        keep('shipment', record.shipment);
        keep('shipment', record.replacement?.shipment);
        keep('return', record.return);
        for (const shipment of record.shipments ?? []) keep('shipment', shipment);
        for (const nested of record.returns ?? []) keep('return', nested);
        for (const nested of record.exchanges ?? []) keep('exchange', nested);
      };
      keep(result.kind, (result as unknown as Record<string, Held>)[result.kind]);
    },
  };
}
