import type { Exchange } from '../../../model/Exchange.js';
import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places, shopperZone } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';
import { getDeliveredUpsScans } from './getDeliveredUpsScans.js';

/** An exchange for a half size up: the return reached the warehouse and the replacement is on its way. */
export const scenarioW1006: DemoScenario = {
  number: 'W1006',
  title: 'Exchange: return received, replacement shipped',
  build({ clock, storeUrl }) {
    const { ago, after } = clock;
    const shoes = getDemoItem('trailRunner', { id: 'li_1006_1', variant: 'Navy / US 9', storeUrl });
    const replacementItem = getDemoItem('trailRunner', { id: 'li_1006_r1', variant: 'Navy / US 9.5', storeUrl });
    const outbound = buildDemoShipment(clock, {
      id: 'shp_1006_1',
      carrier: 'ups',
      trackingNumber: '1ZW4P7820327461180',
      itemIds: [shoes.id],
      scans: getDeliveredUpsScans(ago(12 * DAY + 3 * HOUR)),
    });
    const createdAt = ago(8 * DAY + 5 * HOUR);
    const inbound = buildDemoShipment(clock, {
      id: 'shp_1006_r1',
      direction: 'return',
      carrier: 'ups',
      trackingNumber: '1ZW4P7899027461195',
      itemIds: [shoes.id],
      scans: [
        {
          at: ago(8 * DAY + 4 * HOUR),
          description: 'Shipper created a label, UPS has not received the package yet.',
          code: 'M',
          place: places.sanFrancisco,
          milestone: 'label_created',
        },
        {
          at: ago(6 * DAY + 22 * HOUR),
          description: 'Dropped off at a UPS Access Point™',
          code: 'P',
          place: places.sanFrancisco,
          milestone: 'in_transit',
        },
        { at: ago(5 * DAY + 9 * HOUR), description: 'Departed from Facility', code: 'I', place: places.sanFrancisco },
        { at: ago(3 * DAY + 16 * HOUR), description: 'Arrived at Facility', code: 'I', place: places.sparks },
        {
          at: ago(2 * DAY + 5 * HOUR),
          description: 'Delivered: Receiving Dock',
          code: 'D',
          place: places.sparks,
          milestone: 'delivered',
        },
      ],
    });
    const replacement = buildDemoShipment(clock, {
      id: 'shp_1006_2',
      carrier: 'ups',
      trackingNumber: '1ZW4P7820389015521',
      itemIds: [replacementItem.id],
      scans: [
        {
          at: ago(DAY + 20 * HOUR),
          description: 'Shipper created a label, UPS has not received the package yet.',
          code: 'M',
          place: places.sparks,
          milestone: 'label_created',
        },
        {
          at: ago(DAY + 12 * HOUR),
          description: 'Pickup Scan',
          code: 'P',
          place: places.sparks,
          milestone: 'in_transit',
        },
        { at: ago(DAY + 4 * HOUR), description: 'Departed from Facility', code: 'I', place: places.sparks },
        { at: ago(7 * HOUR), description: 'Arrived at Facility', code: 'I', place: places.westSacramento },
        { at: after(15), description: 'Departed from Facility', code: 'I', place: places.westSacramento },
        { at: after(55), description: 'Arrived at Facility', code: 'I', place: places.richmond },
        {
          at: clock.at(1, '08:15', shopperZone),
          description: 'Out For Delivery Today',
          code: 'O',
          place: places.sanFrancisco,
          milestone: 'out_for_delivery',
        },
        {
          at: clock.at(1, '14:02', shopperZone),
          description: 'Delivered: Front Door',
          code: 'D',
          place: places.sanFrancisco,
          milestone: 'delivered',
        },
      ],
      eta: { start: clock.date(clock.at(1, '12:00', shopperZone), shopperZone), changes: [] },
    });
    const exchange: Exchange = {
      id: 'exc_1006_1',
      orderId: 'ord_1006',
      orderNumber: 'W1006',
      stage: replacement.status.milestone === 'delivered' ? 'replacement_delivered' : 'replacement_shipped',
      return: {
        id: 'ret_1006_1',
        rma: 'RMA-58240',
        orderId: 'ord_1006',
        orderNumber: 'W1006',
        stage: 'received',
        items: [{ ...shoes, reason: 'Runs small' }],
        shipment: inbound,
        refund: {
          amount: { ...shoes.price! },
          method: 'exchange',
          status: 'issued',
          issuedAt: clock.instant(ago(DAY + 22 * HOUR)),
        },
        labelUrl: `${storeUrl}/labels/return-label.svg`,
        exchangeId: 'exc_1006_1',
        createdAt: clock.instant(createdAt),
        updatedAt: clock.instant(ago(2 * DAY + 5 * HOUR)),
      },
      replacement: { items: [replacementItem], shipment: replacement, orderId: 'ord_1006' },
      createdAt: clock.instant(createdAt),
    };
    if (replacement.updatedAt) exchange.updatedAt = replacement.updatedAt;
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1006',
      placedAt: ago(15 * DAY + 6 * HOUR + 8),
      items: [shoes],
      shipments: [outbound],
      exchanges: [exchange],
    });
  },
};
