import type { LookupResult } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import { getResourceId } from './getResourceId.js';

/** Remembers which access token reads which record. */
export interface TokenStore {
  get(kind: ResourceKind, id: string): string | undefined;
  remember(result: LookupResult): void;
}

/**
 * Creates the per-client token memory. A lookup's token is kept for its record (`kind:id`); an order's token is
 * also kept for the order's own shipments, returns and exchanges (the protocol lets it read them), unless those
 * records have a token of their own.
 *
 * @example tokens.remember(result); tokens.get('shipment', 'shp_1') // the order's token
 */
export function createTokenStore(): TokenStore {
  const tokens = new Map<string, string>();
  const own = new Set<string>();
  return {
    get: (kind, id) => tokens.get(`${kind}:${id}`),
    remember(result) {
      const { token } = result.access;
      const key = `${result.kind}:${getResourceId(result)}`;
      tokens.set(key, token);
      own.add(key);
      if (result.kind !== 'order') return;
      const inherit = (kind: ResourceKind, record: { id: string } | null) => {
        if (record && !own.has(`${kind}:${record.id}`)) tokens.set(`${kind}:${record.id}`, token);
      };
      const { shipments, returns, exchanges } = result.order;
      for (const shipment of shipments) inherit('shipment', shipment);
      for (const record of [...returns, ...exchanges.map((exchange) => exchange.return)]) {
        inherit('return', record);
        inherit('shipment', record.shipment);
      }
      for (const exchange of exchanges) {
        inherit('exchange', exchange);
        inherit('shipment', exchange.replacement.shipment);
      }
    },
  };
}
