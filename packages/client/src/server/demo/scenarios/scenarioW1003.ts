import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment, type DemoScan } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';

/** Delivered: an international parcel from Canada, customs cleared, signed for two days ago. */
export const scenarioW1003: DemoScenario = {
  number: 'W1003',
  title: 'Delivered',
  build({ clock, storeUrl }) {
    const { ago } = clock;
    const items = [
      getDemoItem('beanie', { id: 'li_1003_1', variant: 'Charcoal', storeUrl }),
      getDemoItem('hikingSocks', { id: 'li_1003_2', variant: 'L', quantity: 2, storeUrl }),
    ];
    const scans: DemoScan[] = [
      {
        at: ago(6 * DAY + 3 * HOUR),
        description: 'Shipment information received',
        code: 'SD',
        place: places.vancouver,
        milestone: 'label_created',
      },
      {
        at: ago(5 * DAY + 18 * HOUR),
        description: 'Shipment picked up',
        code: 'PU',
        place: places.vancouver,
        milestone: 'in_transit',
      },
      {
        at: ago(5 * DAY + 12 * HOUR),
        description: 'Processed at VANCOUVER - CANADA',
        code: 'PL',
        place: places.vancouver,
      },
      {
        at: ago(5 * DAY + 9 * HOUR),
        description: 'Shipment has departed from a DHL facility VANCOUVER - CANADA',
        code: 'DF',
        place: places.vancouver,
      },
      {
        at: ago(4 * DAY + 22 * HOUR),
        description: 'Arrived at DHL Sort Facility CINCINNATI HUB - USA',
        code: 'AF',
        place: places.cincinnati,
      },
      {
        at: ago(4 * DAY + 20 * HOUR),
        description: 'Customs clearance status updated. Clearance processing complete at CINCINNATI HUB - USA',
        code: 'CR',
        place: places.cincinnati,
      },
      {
        at: ago(4 * DAY + 14 * HOUR),
        description: 'Shipment has departed from a DHL facility CINCINNATI HUB - USA',
        code: 'DF',
        place: places.cincinnati,
      },
      {
        at: ago(3 * DAY + 4 * HOUR),
        description: 'Arrived at DHL Delivery Facility SAN FRANCISCO - USA',
        code: 'AR',
        place: places.sanFrancisco,
      },
      {
        at: ago(2 * DAY + 6 * HOUR),
        description: 'Shipment is out with courier for delivery',
        code: 'WC',
        place: places.sanFrancisco,
        milestone: 'out_for_delivery',
      },
      {
        at: ago(2 * DAY + 2 * HOUR),
        description: 'Delivered: left with the building concierge',
        code: 'OK',
        place: places.sanFrancisco,
        milestone: 'delivered',
      },
    ];
    const shipment = buildDemoShipment(clock, {
      id: 'shp_1003_1',
      carrier: 'dhl',
      trackingNumber: '4527881930',
      itemIds: items.map((item) => item.id),
      scans,
    });
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1003',
      placedAt: ago(6 * DAY + 9 * HOUR + 3),
      items,
      shipments: [shipment],
    });
  },
};
