// The GraphQL selection the Shopify source reads next to a REST order: line item images and the order's returns
// (with exchange items, reverse deliveries, dispositions and refunds). Field names follow Admin API 2026-01.
const money = 'presentmentMoney { amount currencyCode } shopMoney { amount currencyCode }';
const lineItem = `id name title variantTitle sku quantity image { url } originalUnitPriceSet { ${money} }`;

/** The fields of a `Return` that `normalizeShopifyReturn` reads. */
const shopifyReturnFields = `
  id name status createdAt closedAt
  order { id name }
  decline { reason note }
  returnLineItems(first: 50) { nodes { id quantity customerNote
    ... on ReturnLineItem { returnReason returnReasonNote returnReasonDefinition { name } fulfillmentLineItem { lineItem { ${lineItem} } } } } }
  exchangeLineItems(first: 50) { nodes { id lineItem { ${lineItem} } } }
  reverseFulfillmentOrders(first: 10) { nodes { id status
    lineItems(first: 50) { nodes { id dispositions { type } } }
    reverseDeliveries(first: 10) { nodes { id deliverable {
      ... on ReverseDeliveryShippingDeliverable { label { publicFileUrl createdAt } tracking { number url carrierName } } } } } } }
  refunds(first: 10) { nodes { id createdAt totalRefundedSet { ${money} } } }`;

/**
 * Reads what REST leaves out of an order: product images of its line items, and its returns.
 *
 * @example graphql(shopifyOrderExtrasQuery, { id: 'gid://shopify/Order/450789469', returns: true })
 */
export const shopifyOrderExtrasQuery = `query WaypostOrderExtras($id: ID!, $returns: Boolean!) {
  order(id: $id) {
    lineItems(first: 100) { nodes { id image { url } } }
    returns(first: 20) @include(if: $returns) { nodes { ${shopifyReturnFields} } }
  }
}`;
