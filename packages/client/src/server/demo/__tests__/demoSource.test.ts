import { describe, expect, it } from 'vitest';
import { isNotFoundError } from '../../../errors/NotFoundError.js';
import { isVerificationError } from '../../../errors/VerificationError.js';
import { isHttpUrl } from '../../../model/isHttpUrl.js';
import type { Order } from '../../../model/Order.js';
import { parseResource } from '../../../model/parseResource.js';
import { getCapabilities } from '../../../source/getCapabilities.js';
import { resolveLookup } from '../../../source/resolveLookup.js';
import { DEMO_CONTACT, demoSource } from '../demoSource.js';

const NUMBERS = ['W1001', 'W1002', 'W1003', 'W1004', 'W1005', 'W1006', 'W1007', 'W1008'];
const start = new Date('2025-03-07T18:30:00Z');

async function loadOrders(source = demoSource({ now: () => start, seed: 1 })): Promise<Order[]> {
  const found = await Promise.all(NUMBERS.map((number) => source.findOrder!(number, {})));
  return found.map((entry) => entry!.order);
}

const shipmentsOf = (order: Order) => [
  ...order.shipments,
  ...order.returns.flatMap((rma) => (rma.shipment ? [rma.shipment] : [])),
  ...order.exchanges.flatMap((exchange) =>
    [exchange.return.shipment, exchange.replacement.shipment].filter((shipment) => shipment !== null),
  ),
];

describe('demoSource', () => {
  it('builds every scenario as an order that passes the model schema unchanged', async () => {
    const orders = await loadOrders();
    expect(orders.map((order) => order.number)).toEqual(NUMBERS);
    for (const order of orders)
      expect(parseResource({ kind: 'order', order }, order.number)).toEqual({ kind: 'order', order });
  });

  it('ships with real carriers, http tracking links, product images and city-level scan locations', async () => {
    const orders = await loadOrders();
    const shipments = orders.flatMap(shipmentsOf);
    expect(new Set(shipments.map((shipment) => shipment.carrier.name))).toEqual(
      new Set(['UPS', 'USPS', 'FedEx', 'DHL Express']),
    );
    for (const shipment of shipments) {
      expect(isHttpUrl(shipment.trackingUrl)).toBe(true);
      expect(shipment.trackingUrl).toContain(shipment.trackingNumber);
      expect(shipment.events.length).toBeGreaterThan(0);
      for (const event of shipment.events) expect(event.location?.city).toBeTruthy();
    }
    for (const item of orders.flatMap((order) => order.items))
      expect(item.imageUrl).toMatch(/^http:\/\/localhost:4321\/images\/.+\.svg$/);
    const kinds = new Set(shipments.flatMap((shipment) => shipment.events.map((event) => event.time?.kind)));
    expect(kinds).toEqual(new Set(['wall', 'instant']));
  });

  it('keeps contact data out of every order', async () => {
    for (const order of await loadOrders()) {
      const text = JSON.stringify(order);
      expect(text).not.toContain(DEMO_CONTACT.email);
      expect(text).not.toContain(DEMO_CONTACT.postalCode);
    }
  });

  it('lists events oldest first and never shows a scan from the future', async () => {
    for (const shipment of (await loadOrders()).flatMap(shipmentsOf)) {
      const times = shipment.events.map((event) => (event.time?.kind === 'instant' ? Date.parse(event.time.utc) : 0));
      const instants = times.filter((time) => time > 0);
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
      for (const time of instants) expect(time).toBeLessThanOrEqual(start.getTime());
    }
  });

  it('shows each scenario as the demo table describes it', async () => {
    const [w1, w2, w3, w4, w5, w6, w7, w8] = await loadOrders();
    expect(w1!.status).toEqual({ milestone: 'in_transit', exception: null });
    expect(w1!.shipments[0]!.eta?.changes).toEqual([]);
    expect(w2!.status.exception).toBe('delayed');
    expect(w2!.shipments[0]!.eta?.changes.map((change) => change.reason.code)).toEqual(['weather', 'carrier_delay']);
    expect(w2!.shipments[0]!.eta?.changes[0]?.reason.text).toContain('Memphis');
    expect(w3!.status.milestone).toBe('delivered');
    expect(w3!.shipments[0]!.eta).toBeNull();
    expect(w3!.shipments[0]!.deliveredAt).toBeDefined();
    expect(w4!.shipments.map((shipment) => shipment.status.milestone)).toEqual([
      'delivered',
      'out_for_delivery',
      'in_transit',
    ]);
    expect(w4!.shipments[2]!.status).toMatchObject({ exception: 'exception', actionRequired: true });
    expect(w4!.status).toEqual({ milestone: 'in_transit', exception: 'exception' });
    expect(w5!.returns[0]).toMatchObject({ rma: 'RMA-58213', stage: 'in_transit', refund: { status: 'pending' } });
    expect(w5!.returns[0]!.shipment?.direction).toBe('return');
    expect(isHttpUrl(w5!.returns[0]!.labelUrl)).toBe(true);
    expect(w5!.returns[0]!.dropOffBy?.kind).toBe('date');
    expect(w6!.exchanges[0]).toMatchObject({ stage: 'replacement_shipped', return: { stage: 'received' } });
    expect(w6!.exchanges[0]!.replacement.shipment?.status.milestone).toBe('in_transit');
    expect(w7!.shipments[0]!.status).toMatchObject({ exception: 'available_for_pickup', actionRequired: true });
    expect(w7!.shipments[0]!.pickupPoint?.name).toBeTruthy();
    expect(w8!.status.milestone).toBe('label_created');
  });

  it('reads every record, nested ones included, by kind and id', async () => {
    const source = demoSource({ now: () => start });
    for (const order of await loadOrders(source)) {
      expect(await source.get('order', order.id, {})).toEqual({ kind: 'order', order });
      for (const shipment of shipmentsOf(order))
        expect(await source.get('shipment', shipment.id, {})).toEqual({ kind: 'shipment', shipment });
      for (const rma of [...order.returns, ...order.exchanges.map((exchange) => exchange.return)]) {
        expect(await source.get('return', rma.id, {})).toEqual({ kind: 'return', return: rma });
      }
      for (const exchange of order.exchanges)
        expect(await source.get('exchange', exchange.id, {})).toEqual({ kind: 'exchange', exchange });
    }
    expect(await source.get('order', 'ord_9999', {})).toBeNull();
  });

  it('finds every demo tracking number, typed loosely, and checks the carrier when given', async () => {
    const source = demoSource({ now: () => start });
    const shipments = (await loadOrders(source)).flatMap(shipmentsOf);
    expect(shipments.length).toBe(13);
    for (const shipment of shipments) {
      const loose = ` ${shipment.trackingNumber.toLowerCase().replace(/(\d{4})/, '$1 ')} `;
      expect(await source.findShipment!({ trackingNumber: loose }, {})).toEqual(shipment);
      expect(
        await source.findShipment!({ trackingNumber: shipment.trackingNumber, carrier: shipment.carrier.code }, {}),
      ).toEqual(shipment);
    }
    expect(await source.findShipment!({ trackingNumber: '1ZW4P7820356148311', carrier: 'fedex' }, {})).toBeNull();
    expect(await source.findShipment!({ trackingNumber: '1Z0000000000000000' }, {})).toBeNull();
  });

  it('verifies order lookups by email and by postal code, and refuses the wrong contact', async () => {
    const source = demoSource({ now: () => start });
    for (const orderNumber of NUMBERS) {
      const byEmail = await resolveLookup(source, { orderNumber, email: ' Shopper@Example.com ' }, {});
      expect(byEmail.kind === 'order' && byEmail.order.number).toBe(orderNumber);
      const byPostalCode = await resolveLookup(
        source,
        { orderNumber: orderNumber.toLowerCase(), postalCode: '94107' },
        {},
      );
      expect(byPostalCode.kind).toBe('order');
    }
    const wrongEmail = resolveLookup(source, { orderNumber: 'W1001', email: 'someone@example.com' }, {});
    await expect(wrongEmail).rejects.toSatisfy(isVerificationError);
    const wrongCode = resolveLookup(source, { orderNumber: 'W1001', postalCode: '94108' }, {});
    await expect(wrongCode).rejects.toSatisfy(isVerificationError);
    const unknown = resolveLookup(source, { orderNumber: 'W9999', email: DEMO_CONTACT.email }, {});
    await expect(unknown).rejects.toSatisfy(isNotFoundError);
  });

  it('offers push, email and sms alerts, issue reports, and returns with exchanges', () => {
    expect(getCapabilities(demoSource())).toEqual({
      protocol: 1,
      lookup: { email: true, postalCode: true, trackingNumber: true },
      push: true,
      alerts: { channels: ['email', 'sms'] },
      issues: true,
      returns: { exchanges: true, storeCredit: true },
    });
  });
});
