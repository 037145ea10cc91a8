import type { ReturnItem } from '../../model/Return.js';
import type { PathReader } from '../shared/readPath.js';
import { getShopifyEnumText } from './getShopifyEnumText.js';
import { getShopifyLegacyId } from './getShopifyLegacyId.js';
import { normalizeShopifyLineItem } from './normalizeShopifyLineItem.js';

/**
 * Maps a GraphQL `ReturnLineItem` (or `UnverifiedReturnLineItem`) to a `ReturnItem`. The id is the order line
 * item's numeric id when the selection reached it (so it matches the order's items), else the node's id, else
 * `<return id>#<position>`. The reason is the merchant's reason definition (`Defective`), else the legacy enum in
 * words, else the shopper's note.
 *
 * @example normalizeShopifyReturnLineItem(node, 0, 'gid://shopify/Return/945000954').reason // 'Defective'
 */
export function normalizeShopifyReturnLineItem(node: PathReader, index: number, returnId: string): ReturnItem {
  node.object();
  const lineItem = node.at('fulfillmentLineItem').at('lineItem').exists()
    ? node.at('fulfillmentLineItem').at('lineItem')
    : node.at('lineItem');
  const fallbackId = node.at('id').optionalString() ?? `${returnId}#${index + 1}`;
  const base = lineItem.exists()
    ? normalizeShopifyLineItem(lineItem, { fallbackId })
    : { id: fallbackId, title: node.at('name').optionalString() ?? '', quantity: 1 };
  const quantity = node.at('quantity').optionalNumber();
  const reason =
    node.at('returnReasonDefinition').at('name').optionalString() ??
    getShopifyEnumText(node.at('returnReason').optionalString()) ??
    node.at('returnReasonNote').optionalString() ??
    node.at('customerNote').optionalString();
  return {
    ...base,
    id: getShopifyLegacyId(base.id),
    ...(quantity !== undefined ? { quantity: Math.max(0, Math.trunc(quantity)) } : {}),
    ...(reason ? { reason } : {}),
  };
}
