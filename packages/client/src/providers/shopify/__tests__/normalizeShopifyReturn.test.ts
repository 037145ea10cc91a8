import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { parseModel } from '../../../model/parseModel.js';
import type { Shipment } from '../../../model/Shipment.js';
import { exchangeSchema, returnSchema } from '../../../model/schemas/orderSchema.js';
import { normalizeShopifyReturn } from '../normalizeShopifyReturn.js';
import { sampleShopifyRefund, sampleShopifyReturn } from './sampleShopifyReturn.js';

function asReturn(payload: unknown) {
  const result = normalizeShopifyReturn(payload);
  if (result.kind !== 'return') throw new Error('expected a return');
  return parseModel(returnSchema, result.return, 'return');
}

const replacement: Shipment = {
  id: '255858099',
  direction: 'outbound',
  carrier: { code: 'usps', name: 'USPS' },
  trackingNumber: '9400100000000000000001',
  status: {
    milestone: 'in_transit',
    exception: null,
    actionRequired: false,
    raw: { provider: 'shopify', status: 'success', substatus: 'in_transit' },
  },
  eta: null,
  events: [],
  itemIds: ['518995019'],
};

describe('normalizeShopifyReturn', () => {
  it('maps an open return with a labelled parcel to label_created, with the label and the tracking', () => {
    const record = asReturn(sampleShopifyReturn());
    expect(record).toMatchObject({
      id: 'gid://shopify/Return/945000960',
      rma: '#1001-R2',
      orderId: '450789469',
      orderNumber: '#1001',
      stage: 'label_created',
      labelUrl: 'https://cdn.shopify.com/s/files/labels/return-945000960.pdf',
      createdAt: { kind: 'instant', raw: '2025-07-03T09:15:00Z' },
      items: [
        {
          id: '466157049',
          title: 'IPod Nano - 8gb',
          variant: 'green',
          quantity: 1,
          reason: 'Defective',
          price: { amount: 199, currency: 'USD' },
        },
      ],
      shipment: {
        direction: 'return',
        trackingNumber: '9434636208303347555301',
        carrier: { code: 'usps' },
        status: { milestone: 'label_created' },
        itemIds: ['466157049'],
      },
      refund: null,
    });
  });

  it('follows the return through receipt, inspection and refund', () => {
    expect(asReturn(sampleShopifyReturn({ rfoStatus: 'CLOSED' })).stage).toBe('received');
    expect(asReturn(sampleShopifyReturn({ rfoStatus: 'CLOSED' })).shipment?.status.milestone).toBe('delivered');
    expect(asReturn(sampleShopifyReturn({ rfoStatus: 'CLOSED', dispositions: true })).stage).toBe('inspected');
    const refunds = [
      sampleShopifyRefund('150.00', '2025-07-12T15:00:00Z'),
      sampleShopifyRefund('49.00', '2025-07-12T15:30:00Z'),
    ];
    const refunded = asReturn(sampleShopifyReturn({ status: 'CLOSED', rfoStatus: 'CLOSED', refunds }));
    expect(refunded).toMatchObject({
      stage: 'refunded',
      refund: {
        amount: { amount: 199, currency: 'USD' },
        method: 'original_payment',
        status: 'issued',
        issuedAt: { raw: '2025-07-12T15:30:00Z' },
      },
      updatedAt: { raw: '2025-07-12T16:00:00Z' },
    });
  });

  it('gives a declined return its reason', () => {
    expect(
      asReturn(sampleShopifyReturn({ status: 'DECLINED', decline: { reason: 'RETURN_PERIOD_ENDED', note: null } })),
    ).toMatchObject({ stage: 'rejected', stageReason: 'Return period ended' });
    expect(
      asReturn(sampleShopifyReturn({ status: 'DECLINED', decline: { reason: 'OTHER', note: 'Item shows wear' } }))
        .stageReason,
    ).toBe('Item shows wear');
    expect(asReturn(sampleShopifyReturn({ status: 'CANCELED' })).stage).toBe('cancelled');
    expect(asReturn(sampleShopifyReturn({ status: 'REQUESTED' })).stage).toBe('requested');
  });

  it('makes an exchange of a return with exchange items, with the shipment that carries the replacement', () => {
    const result = normalizeShopifyReturn(sampleShopifyReturn({ exchange: true, rfoStatus: 'CLOSED' }), {
      shipments: [replacement],
    });
    if (result.kind !== 'exchange') throw new Error('expected an exchange');
    const exchange = parseModel(exchangeSchema, result.exchange, 'exchange');
    expect(exchange).toMatchObject({
      id: 'gid://shopify/Return/945000960',
      stage: 'replacement_shipped',
      return: { stage: 'received', exchangeId: 'gid://shopify/Return/945000960' },
      replacement: {
        items: [{ id: '518995019', variant: 'red', imageUrl: 'https://cdn.shopify.com/s/files/ipod-red.png' }],
        shipment: { id: '255858099' },
      },
    });
  });

  it('waits for the return parcel before preparing a replacement', () => {
    const result = normalizeShopifyReturn(sampleShopifyReturn({ exchange: true }));
    expect(result.kind === 'exchange' && result.exchange.stage).toBe('requested');
  });

  it('accepts the bare document and the docs envelope', () => {
    const document = (sampleShopifyReturn().data as { return: unknown }).return;
    expect(asReturn(document).id).toBe('gid://shopify/Return/945000960');
    expect(asReturn({ return: document }).id).toBe('gid://shopify/Return/945000960');
  });

  it('names the path of an unknown return and of a broken connection', () => {
    for (const [payload, path] of [
      [{ data: { return: null } }, 'data.return'],
      [
        { data: { return: { id: 'gid://shopify/Return/1', returnLineItems: { edges: [{ node: 'x' }] } } } },
        'data.return.returnLineItems.edges.0.node',
      ],
    ] as const) {
      try {
        normalizeShopifyReturn(payload);
        expect.unreachable();
      } catch (error) {
        expect(isInvalidResponseError(error) && error.path).toBe(path);
      }
    }
  });
});
