import { RESOURCE_KINDS, type ResourceKind } from '../model/ResourceKind.js';
import { WEBHOOK_PROVIDERS, type WebhookProvider } from '../model/WebhookProvider.js';

/** A route of protocol v1, with the methods it answers. */
export type Route = { methods: readonly string[] } & (
  | { name: 'lookup' }
  | { name: 'capabilities' }
  | { name: 'read'; kind: ResourceKind; id: string }
  | { name: 'stream'; kind: ResourceKind; id: string }
  | { name: 'returns' | 'alerts' | 'issues' }
  | { name: 'webhook'; provider: WebhookProvider }
  | { name: 'unsubscribe'; token: string }
);

const plurals: Record<string, ResourceKind> = {
  orders: 'order',
  returns: 'return',
  exchanges: 'exchange',
  shipments: 'shipment',
};

function decodeId(segment: string | undefined): string | null {
  if (!segment) return null;
  try {
    const id = decodeURIComponent(segment);
    // Control characters have no place in an id, and long ids are a cheap way to bloat logs and keys.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them
    return id.length > 0 && id.length <= 256 && !/[\u0000-\u001f\u007f]/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * Finds the route of a path below `basePath` (`''`, or a prefix such as `/api/waypost` with no trailing slash), or
 * `null` for a path the protocol does not have.
 *
 * @example matchRoute('/api/waypost/orders/ord_1', '/api/waypost') // { name: 'read', kind: 'order', id: 'ord_1', … }
 */
export function matchRoute(pathname: string, basePath: string): Route | null {
  if (basePath !== '' && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
  const segments = pathname.slice(basePath.length).split('/').slice(1);
  const [first, second, third, extra] = segments;
  if (segments.length === 1) {
    if (first === 'lookup') return { name: 'lookup', methods: ['POST'] };
    if (first === 'capabilities') return { name: 'capabilities', methods: ['GET'] };
    if (first === 'returns' || first === 'alerts' || first === 'issues') return { name: first, methods: ['POST'] };
    return null;
  }
  if (segments.length === 2 && first && first in plurals) {
    const id = decodeId(second);
    return id === null ? null : { name: 'read', kind: plurals[first] as ResourceKind, id, methods: ['GET'] };
  }
  const provider = WEBHOOK_PROVIDERS.find((candidate) => candidate === second);
  if (segments.length === 2 && first === 'webhooks' && provider)
    return { name: 'webhook', provider, methods: ['POST'] };
  if (segments.length === 2 && first === 'unsubscribe' && second && /^[\w-]+\.[\w-]+$/.test(second)) {
    return { name: 'unsubscribe', token: second, methods: ['GET', 'POST'] };
  }
  if (segments.length === 3 && extra === undefined && first === 'stream') {
    const kind = RESOURCE_KINDS.find((candidate) => candidate === second);
    const id = decodeId(third);
    return kind && id !== null ? { name: 'stream', kind, id, methods: ['GET'] } : null;
  }
  return null;
}
