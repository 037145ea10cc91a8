/**
 * The Admin GraphQL documents of `createShopifyReturns`: the eligibility query, the return reason library (API
 * 2026-01 and later), and the two mutations as Shopify documents them (`returnRequest` leaves the return
 * `REQUESTED` for staff to approve; `returnCreate` opens it).
 */
export const shopifyReturnMutations = {
  returnable: `query WaypostReturnable($orderId: ID!) {
  returnableFulfillments(orderId: $orderId, first: 20) {
    edges { node { id returnableFulfillmentLineItems(first: 100) {
      edges { node { quantity fulfillmentLineItem { id lineItem { id } } } }
    } } }
  }
}`,
  reasons: `query WaypostReturnReasons {
  returnReasonDefinitions(first: 250) { nodes { id handle deleted } }
}`,
  returnRequest: `mutation WaypostReturnRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) {
    return { id name status }
    userErrors { field message code }
  }
}`,
  returnCreate: `mutation WaypostReturnCreate($returnInput: ReturnInput!) {
  returnCreate(returnInput: $returnInput) {
    return { id name status }
    userErrors { field message code }
  }
}`,
} as const;
