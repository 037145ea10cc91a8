import type { PathReader } from '../shared/readPath.js';

/**
 * The nodes of a GraphQL connection, whether the query selected `edges { node }` or `nodes`; an absent
 * connection is empty. A connection with neither is malformed (`InvalidResponseError` at `…edges`).
 *
 * @example getShopifyNodes(doc.at('returnLineItems')).map((node) => node.at('quantity').optionalNumber())
 */
export function getShopifyNodes(connection: PathReader): PathReader[] {
  if (!connection.exists()) return [];
  connection.object();
  if (connection.at('nodes').exists()) return connection.at('nodes').array();
  return connection
    .at('edges')
    .array()
    .map((edge) => {
      edge.object();
      const node = edge.at('node');
      node.object();
      return node;
    });
}
