import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';

/** Nobody was home, so the parcel waits at a pickup point and the shopper must collect it. */
export const scenarioW1007: DemoScenario = {
  number: 'W1007',
  title: 'Available for pickup',
  build({ clock, storeUrl }) {
    const { ago } = clock;
    const items = [
      getDemoItem('tent', { id: 'li_1007_1', variant: 'Fern', storeUrl }),
      getDemoItem('headlamp', { id: 'li_1007_2', storeUrl }),
    ];
    const shipment = buildDemoShipment(clock, {
      id: 'shp_1007_1',
      carrier: 'ups',
      trackingNumber: '1ZW4P7820396542270',
      itemIds: items.map((item) => item.id),
      pickupPoint: {
        name: 'UPS Access Point™: Channel Street Market',
        address: '455 Channel St, San Francisco, CA 94158',
        hours: 'Mon–Fri 8:00–19:00, Sat 9:00–17:00, Sun closed',
      },
      scans: [
        {
          at: ago(3 * DAY + 4 * HOUR),
          description: 'Shipper created a label, UPS has not received the package yet.',
          code: 'M',
          place: places.sparks,
          milestone: 'label_created',
        },
        {
          at: ago(2 * DAY + 20 * HOUR),
          description: 'Pickup Scan',
          code: 'P',
          place: places.sparks,
          milestone: 'in_transit',
        },
        { at: ago(2 * DAY + 14 * HOUR), description: 'Departed from Facility', code: 'I', place: places.sparks },
        { at: ago(DAY + 3 * HOUR), description: 'Arrived at Facility', code: 'I', place: places.sanFrancisco },
        {
          at: ago(6 * HOUR),
          description: 'Out For Delivery Today',
          code: 'O',
          place: places.sanFrancisco,
          milestone: 'out_for_delivery',
        },
        {
          at: ago(3 * HOUR + 20),
          description: 'The receiver was not available for delivery. We’ll deliver the package to a UPS Access Point™.',
          code: 'X',
          place: places.sanFrancisco,
          exception: 'attempt_failed',
        },
        {
          at: ago(2 * HOUR + 5),
          description: 'Delivered to UPS Access Point™ and awaiting customer pickup. It will be held for 7 days.',
          code: 'X',
          place: places.sanFrancisco,
          exception: 'available_for_pickup',
          actionRequired: true,
        },
      ],
    });
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1007',
      placedAt: ago(3 * DAY + 9 * HOUR + 37),
      items,
      shipments: [shipment],
    });
  },
};
