// A hand-written Admin GraphQL `Return` in the shape the source's query selects (Shopify's docs print only
// fragments of it), with the return parcel labelled and on its way.

type Json = Record<string, unknown>;

const money = (amount: string) => ({
  presentmentMoney: { amount, currencyCode: 'USD' },
  shopMoney: { amount, currencyCode: 'USD' },
});

const lineItem = (id: number, variant: string) => ({
  id: `gid://shopify/LineItem/${id}`,
  name: `IPod Nano - 8gb - ${variant}`,
  title: 'IPod Nano - 8gb',
  variantTitle: variant,
  sku: `IPOD2008${variant.toUpperCase()}`,
  quantity: 1,
  image: { url: `https://cdn.shopify.com/s/files/ipod-${variant}.png` },
  originalUnitPriceSet: money('199.00'),
});

/** Options of `sampleShopifyReturn`. */
export interface SampleReturnOptions {
  status?: string;
  rfoStatus?: string;
  dispositions?: boolean;
  refunds?: Json[];
  exchange?: boolean;
  decline?: Json | null;
}

/** A return of the green iPod of order #1001, in the `{ data: { return } }` envelope the API answers with. */
export function sampleShopifyReturn(options: SampleReturnOptions = {}): Json {
  return {
    data: {
      return: {
        id: 'gid://shopify/Return/945000960',
        name: '#1001-R2',
        status: options.status ?? 'OPEN',
        createdAt: '2025-07-03T09:15:00Z',
        closedAt: options.status === 'CLOSED' ? '2025-07-12T16:00:00Z' : null,
        order: { id: 'gid://shopify/Order/450789469', name: '#1001' },
        decline: options.decline ?? null,
        returnLineItems: {
          nodes: [
            {
              id: 'gid://shopify/ReturnLineItem/57615099',
              quantity: 1,
              customerNote: 'Screen flickers',
              returnReason: 'DEFECTIVE',
              returnReasonNote: '',
              returnReasonDefinition: null,
              fulfillmentLineItem: { lineItem: lineItem(466157049, 'green') },
            },
          ],
        },
        exchangeLineItems: {
          nodes: options.exchange
            ? [{ id: 'gid://shopify/ExchangeLineItem/444766510', lineItem: lineItem(518995019, 'red') }]
            : [],
        },
        reverseFulfillmentOrders: {
          nodes: [
            {
              id: 'gid://shopify/ReverseFulfillmentOrder/874405550',
              status: options.rfoStatus ?? 'OPEN',
              lineItems: {
                nodes: [
                  {
                    id: 'gid://shopify/ReverseFulfillmentOrderLineItem/1',
                    dispositions: options.dispositions ? [{ type: 'RESTOCKED' }] : [],
                  },
                ],
              },
              reverseDeliveries: {
                nodes: [
                  {
                    id: 'gid://shopify/ReverseDelivery/1037',
                    deliverable: {
                      label: {
                        publicFileUrl: 'https://cdn.shopify.com/s/files/labels/return-945000960.pdf',
                        createdAt: '2025-07-03T09:20:00Z',
                      },
                      tracking: {
                        number: '9434636208303347555301',
                        url: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9434636208303347555301',
                        carrierName: 'USPS',
                      },
                    },
                  },
                ],
              },
            },
          ],
        },
        refunds: { nodes: options.refunds ?? [] },
      },
    },
  };
}

/** A refund of the return, as the `refunds` connection lists it. */
export function sampleShopifyRefund(amount: string, createdAt: string): Json {
  return { id: `gid://shopify/Refund/${amount.replace('.', '')}`, createdAt, totalRefundedSet: money(amount) };
}
