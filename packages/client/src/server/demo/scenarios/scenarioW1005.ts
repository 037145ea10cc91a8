import type { Return } from '../../../model/Return.js';
import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places, shopperZone } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';
import { getDeliveredUpsScans } from './getDeliveredUpsScans.js';

/** A return on its way back to the warehouse; the refund is pending until it arrives. */
export const scenarioW1005: DemoScenario = {
  number: 'W1005',
  title: 'Return in transit back, refund pending',
  build({ clock, storeUrl }) {
    const { ago, after } = clock;
    const shell = getDemoItem('rainShell', { id: 'li_1005_1', variant: 'Ember Red / L', storeUrl });
    const socks = getDemoItem('hikingSocks', { id: 'li_1005_2', variant: 'L', storeUrl });
    const outbound = buildDemoShipment(clock, {
      id: 'shp_1005_1',
      carrier: 'ups',
      trackingNumber: '1ZW4P7820311842096',
      itemIds: [shell.id, socks.id],
      scans: getDeliveredUpsScans(ago(9 * DAY + HOUR)),
    });
    const createdAt = ago(3 * DAY + 2 * HOUR);
    const inbound = buildDemoShipment(clock, {
      id: 'shp_1005_r1',
      direction: 'return',
      carrier: 'usps',
      trackingNumber: '9202090153540110892356',
      itemIds: [shell.id],
      scans: [
        {
          at: createdAt,
          description: 'Shipping Label Created, USPS Awaiting Item',
          code: 'GX',
          place: places.sanFrancisco,
          milestone: 'label_created',
        },
        {
          at: ago(DAY + 20 * HOUR),
          description: 'USPS in possession of item',
          code: '03',
          place: places.sanFrancisco,
          milestone: 'in_transit',
        },
        { at: ago(DAY + 8 * HOUR), description: 'Departed Post Office', code: 'SF', place: places.sanFrancisco },
        { at: ago(14 * HOUR), description: 'Arrived at USPS Regional Facility', code: '10', place: places.sacramento },
        { at: ago(5 * HOUR + 40), description: 'In Transit to Next Facility', code: 'NT', place: places.sacramento },
        { at: after(10), description: 'Departed USPS Regional Facility', code: 'EF', place: places.sacramento },
        { at: after(50), description: 'Arrived at USPS Regional Facility', code: '10', place: places.reno },
        {
          at: clock.at(2, '10:34', shopperZone),
          description: 'Delivered to Northwind Outfitters returns center',
          code: '01',
          place: places.sparks,
          milestone: 'delivered',
        },
      ],
      eta: { start: clock.date(clock.at(2, '12:00', shopperZone), shopperZone), changes: [] },
    });
    const received = inbound.status.milestone === 'delivered';
    const rma: Return = {
      id: 'ret_1005_1',
      rma: 'RMA-58213',
      orderId: 'ord_1005',
      orderNumber: 'W1005',
      stage: received ? 'received' : 'in_transit',
      items: [{ ...shell, reason: 'Too small' }],
      shipment: inbound,
      refund: { amount: { ...shell.price! }, method: 'original_payment', status: 'pending' },
      labelUrl: `${storeUrl}/labels/return-label.svg`,
      dropOffBy: clock.date(clock.at(11, '12:00', shopperZone), shopperZone),
      createdAt: clock.instant(createdAt),
    };
    if (inbound.updatedAt) rma.updatedAt = inbound.updatedAt;
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1005',
      placedAt: ago(13 * DAY + 4 * HOUR + 51),
      items: [shell, socks],
      shipments: [outbound],
      returns: [rma],
    });
  },
};
