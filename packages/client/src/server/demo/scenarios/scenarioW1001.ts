import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment, type DemoScan } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { type DemoPlace, demoPlaces as places, shopperZone } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';

/** In transit and on time; a new scan arrives every few minutes, then it goes out for delivery tomorrow. */
export const scenarioW1001: DemoScenario = {
  number: 'W1001',
  title: 'In transit, on time',
  build({ clock, storeUrl }) {
    const { ago, after } = clock;
    const items = [
      getDemoItem('trailRunner', { id: 'li_1001_1', variant: 'Moss / US 10', storeUrl }),
      getDemoItem('hikingSocks', { id: 'li_1001_2', variant: 'M', storeUrl }),
    ];
    const transit = (minutes: number, description: string, place: DemoPlace): DemoScan => ({
      at: after(minutes),
      description,
      code: 'I',
      place,
      milestone: 'in_transit',
    });
    const scans: DemoScan[] = [
      {
        at: ago(DAY + 2 * HOUR + 18),
        description: 'Shipper created a label, UPS has not received the package yet.',
        code: 'M',
        place: places.sparks,
        milestone: 'label_created',
      },
      { at: ago(19 * HOUR + 5), description: 'Pickup Scan', code: 'P', place: places.sparks, milestone: 'in_transit' },
      { at: ago(17 * HOUR + 40), description: 'Origin Scan', code: 'I', place: places.sparks },
      { at: ago(13 * HOUR + 12), description: 'Departed from Facility', code: 'I', place: places.sparks },
      { at: ago(9 * HOUR + 47), description: 'Arrived at Facility', code: 'I', place: places.westSacramento },
      { at: ago(6 * HOUR + 30), description: 'Processing at UPS Facility', code: 'I', place: places.westSacramento },
      { at: ago(38), description: 'Departed from Facility', code: 'I', place: places.westSacramento },
      transit(4, 'Arrived at Facility', places.richmond),
      transit(8, 'Processing at UPS Facility', places.richmond),
      transit(12, 'Departed from Facility', places.richmond),
      transit(16, 'Arrived at Facility', places.sanFrancisco),
      transit(20, 'Processing at UPS Facility', places.sanFrancisco),
      transit(24, 'Destination Scan', places.sanFrancisco),
      transit(28, 'On the Way: your package is on schedule.', places.sanFrancisco),
      {
        at: clock.at(1, '07:52', shopperZone),
        description: 'Out For Delivery Today',
        code: 'O',
        place: places.sanFrancisco,
        milestone: 'out_for_delivery',
      },
      {
        at: clock.at(1, '13:26', shopperZone),
        description: 'Delivered: Front Door',
        code: 'D',
        place: places.sanFrancisco,
        milestone: 'delivered',
      },
    ];
    const shipment = buildDemoShipment(clock, {
      id: 'shp_1001_1',
      carrier: 'ups',
      trackingNumber: '1ZW4P7820356148311',
      itemIds: items.map((item) => item.id),
      scans,
      eta: { start: clock.date(clock.at(1, '12:00', shopperZone), shopperZone), changes: [] },
    });
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1001',
      placedAt: ago(DAY + 5 * HOUR + 41),
      items,
      shipments: [shipment],
    });
  },
};
