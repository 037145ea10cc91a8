import { type PathReader, readPath } from '../shared/readPath.js';

/**
 * The event readers of a Shopify fulfillment-events payload: the REST body `{ fulfillment_events: [...] }`, a
 * bare array, or a GraphQL `events` connection (`{ nodes }` / `{ edges { node } }`).
 *
 * @example getShopifyEventsList(await api.get(`orders/${id}/fulfillments/${fid}/events.json`)).length
 */
export function getShopifyEventsList(payload: unknown): PathReader[] {
  const root = readPath(payload, 'Shopify fulfillment events');
  if (Array.isArray(root.value)) return root.array();
  root.object();
  if (root.at('nodes').exists()) return root.at('nodes').array();
  if (root.at('edges').exists())
    return root
      .at('edges')
      .array()
      .map((edge) => edge.at('node'));
  return root.at('fulfillment_events').array();
}
