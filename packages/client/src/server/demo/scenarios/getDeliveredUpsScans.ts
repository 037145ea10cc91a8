import type { DemoScan } from '../buildDemoShipment.js';
import { DAY, HOUR } from '../DemoScenario.js';
import { demoPlaces as places } from '../demoPlaces.js';

/**
 * The plain UPS journey from the Sparks warehouse to San Francisco, ending in delivery at `deliveredAt`: the first
 * leg of the return and exchange scenarios, which only need it to be over.
 *
 * @example buildDemoShipment(clock, { …, scans: getDeliveredUpsScans(clock.ago(9 * DAY)) })
 */
export function getDeliveredUpsScans(deliveredAt: Date): DemoScan[] {
  const before = (minutes: number) => new Date(deliveredAt.getTime() - minutes * 60_000);
  return [
    {
      at: before(3 * DAY + 2 * HOUR),
      description: 'Shipper created a label, UPS has not received the package yet.',
      code: 'M',
      place: places.sparks,
      milestone: 'label_created',
    },
    {
      at: before(2 * DAY + 18 * HOUR),
      description: 'Pickup Scan',
      code: 'P',
      place: places.sparks,
      milestone: 'in_transit',
    },
    { at: before(2 * DAY + 13 * HOUR), description: 'Departed from Facility', code: 'I', place: places.sparks },
    { at: before(DAY + 19 * HOUR), description: 'Arrived at Facility', code: 'I', place: places.westSacramento },
    { at: before(DAY + 2 * HOUR), description: 'Arrived at Facility', code: 'I', place: places.sanFrancisco },
    {
      at: before(5 * HOUR + 20),
      description: 'Out For Delivery Today',
      code: 'O',
      place: places.sanFrancisco,
      milestone: 'out_for_delivery',
    },
    {
      at: deliveredAt,
      description: 'Delivered: Front Door',
      code: 'D',
      place: places.sanFrancisco,
      milestone: 'delivered',
    },
  ];
}
