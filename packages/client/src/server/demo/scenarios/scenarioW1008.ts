import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment } from '../buildDemoShipment.js';
import { type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places, shopperZone } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';

/** Placed minutes ago with a label printed; the carrier picks it up soon after the demo starts. */
export const scenarioW1008: DemoScenario = {
  number: 'W1008',
  title: 'Just placed, label created',
  build({ clock, storeUrl }) {
    const { ago, after } = clock;
    const day = (offset: number) => clock.date(clock.at(offset, '12:00', shopperZone), shopperZone);
    const items = [
      getDemoItem('headlamp', { id: 'li_1008_1', storeUrl }),
      getDemoItem('mug', { id: 'li_1008_2', variant: 'Ember', storeUrl }),
    ];
    const shipment = buildDemoShipment(clock, {
      id: 'shp_1008_1',
      carrier: 'usps',
      trackingNumber: '9400111899560318842750',
      itemIds: items.map((item) => item.id),
      scans: [
        {
          at: ago(9),
          description: 'Shipping Label Created, USPS Awaiting Item',
          code: 'GX',
          place: places.sparks,
          milestone: 'label_created',
        },
        {
          at: after(6),
          description: 'USPS picked up item',
          code: '03',
          place: places.sparks,
          milestone: 'in_transit',
        },
        { at: after(15), description: 'Accepted at USPS Origin Facility', code: 'OA', place: places.sparks },
        { at: after(35), description: 'Departed USPS Regional Facility', code: 'EF', place: places.reno },
        {
          at: after(4 * HOUR),
          description: 'Arrived at USPS Regional Facility',
          code: '10',
          place: places.sanFrancisco,
        },
        {
          at: clock.at(2, '07:10', shopperZone),
          description: 'Out for Delivery',
          code: 'OF',
          place: places.sanFrancisco,
          milestone: 'out_for_delivery',
        },
        {
          at: clock.at(2, '12:44', shopperZone),
          description: 'Delivered, Front Door/Porch',
          code: '01',
          place: places.sanFrancisco,
          milestone: 'delivered',
        },
      ],
      eta: { start: day(2), end: day(3), changes: [] },
    });
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1008',
      placedAt: ago(25),
      items,
      shipments: [shipment],
    });
  },
};
