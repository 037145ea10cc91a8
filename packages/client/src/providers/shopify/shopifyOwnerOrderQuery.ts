/**
 * Finds the order a fulfillment or a return belongs to, so the source can read that record through its order.
 *
 * @example graphql(shopifyOwnerOrderQuery, { id: 'gid://shopify/Return/945000954' })
 */
export const shopifyOwnerOrderQuery = `query WaypostOwnerOrder($id: ID!) {
  node(id: $id) {
    ... on Fulfillment { order { legacyResourceId } }
    ... on Return { order { legacyResourceId } }
  }
}`;
