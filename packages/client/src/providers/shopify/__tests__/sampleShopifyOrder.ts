// A hand-written REST order in Shopify's shape: two items, one shipped and in transit, one still waiting.

type Json = Record<string, unknown>;

const money = (amount: string) => ({
  shop_money: { amount, currency_code: 'CAD' },
  presentment_money: { amount, currency_code: 'CAD' },
});

/** Order #W1001 with contact data that must never reach the normalized order. */
export function sampleShopifyOrder(overrides: Json = {}): Json {
  return {
    order: {
      id: 820982911946154500,
      name: '#W1001',
      order_number: 1001,
      email: 'Shopper@Example.com',
      phone: '+14155550100',
      created_at: '2025-07-01T10:00:00-04:00',
      processed_at: '2025-07-01T10:00:05-04:00',
      updated_at: '2025-07-03T12:00:00-04:00',
      cancelled_at: null,
      currency: 'CAD',
      presentment_currency: 'CAD',
      fulfillment_status: 'partial',
      current_total_price_set: money('89.50'),
      order_status_url: 'https://shop.example/orders/abc/authenticate?key=k',
      customer: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' },
      shipping_address: {
        first_name: 'Ada',
        address1: '1 Main St',
        city: 'Ottawa',
        zip: 'K2P 1L4',
        country_code: 'CA',
      },
      line_items: [
        {
          id: 1,
          title: 'Rain jacket',
          variant_title: 'Blue / M',
          sku: 'RJ-B-M',
          quantity: 1,
          fulfillable_quantity: 0,
          requires_shipping: true,
          price: '69.50',
          price_set: money('69.50'),
        },
        {
          id: 2,
          title: 'Wool socks',
          variant_title: null,
          sku: null,
          quantity: 2,
          fulfillable_quantity: 2,
          requires_shipping: true,
          price: '10.00',
        },
      ],
      fulfillments: [
        {
          id: 11,
          status: 'success',
          shipment_status: 'in_transit',
          tracking_company: 'Canada Post',
          tracking_number: '7023210039414604',
          tracking_url: 'https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210039414604',
          line_items: [{ id: 1 }],
        },
        {
          id: 12,
          status: 'cancelled',
          shipment_status: null,
          tracking_company: 'UPS',
          tracking_number: '1ZCANCELLED',
          line_items: [{ id: 1 }],
        },
      ],
      ...overrides,
    },
  };
}
