import type { EtaWindow } from '../../../model/Eta.js';
import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment, type DemoScan } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places, shopperZone } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';

/** Delayed: the promised date moved twice, each time with the reason the shopper sees. */
export const scenarioW1002: DemoScenario = {
  number: 'W1002',
  title: 'Delayed: delivery date moved twice, each with a reason',
  build({ clock, storeUrl }) {
    const { ago, after } = clock;
    const day = (offset: number): EtaWindow => ({
      start: clock.date(clock.at(offset, '12:00', shopperZone), shopperZone),
    });
    const weatherAt = ago(2 * DAY + 20 * HOUR);
    const backlogAt = ago(3 * HOUR + 10);
    const items = [
      getDemoItem('daypack', { id: 'li_1002_1', variant: 'Slate', storeUrl }),
      getDemoItem('bottle', { id: 'li_1002_2', variant: 'Glacier', storeUrl }),
    ];
    const scans: DemoScan[] = [
      {
        at: ago(3 * DAY + 22 * HOUR),
        description: 'Shipment information sent to FedEx',
        code: 'OC',
        place: places.columbus,
        milestone: 'label_created',
      },
      {
        at: ago(3 * DAY + 15 * HOUR),
        description: 'Picked up',
        code: 'PU',
        place: places.columbus,
        milestone: 'in_transit',
      },
      { at: ago(3 * DAY + 11 * HOUR), description: 'Departed FedEx location', code: 'DP', place: places.columbus },
      { at: ago(3 * DAY + 3 * HOUR), description: 'Arrived at FedEx hub', code: 'AR', place: places.memphis },
      {
        at: weatherAt,
        description: 'Delay: severe weather at the Memphis hub is holding departures',
        code: 'SE',
        place: places.memphis,
        exception: 'delayed',
      },
      { at: ago(DAY + 21 * HOUR), description: 'Departed FedEx hub', code: 'DP', place: places.memphis },
      { at: ago(DAY + 6 * HOUR), description: 'Arrived at FedEx location', code: 'AR', place: places.oakland },
      {
        at: backlogAt,
        description: 'Delay: a backlog at the sort facility is holding shipments for an extra day',
        code: 'SE',
        place: places.oakland,
        exception: 'delayed',
      },
      { at: after(12), description: 'In transit', code: 'IT', place: places.oakland },
      { at: after(45), description: 'Departed FedEx location', code: 'DP', place: places.oakland },
      {
        at: clock.at(2, '08:40', shopperZone),
        description: 'On FedEx vehicle for delivery',
        code: 'OD',
        place: places.sanFrancisco,
        milestone: 'out_for_delivery',
        exception: null,
      },
      {
        at: clock.at(2, '15:12', shopperZone),
        description: 'Delivered: left at front door',
        code: 'DL',
        place: places.sanFrancisco,
        milestone: 'delivered',
      },
    ];
    const shipment = buildDemoShipment(clock, {
      id: 'shp_1002_1',
      carrier: 'fedex',
      trackingNumber: '784562310987',
      itemIds: items.map((item) => item.id),
      scans,
      eta: {
        ...day(2),
        changes: [
          {
            from: day(0),
            to: day(1),
            reason: { code: 'weather', text: 'Severe storms at the FedEx hub in Memphis, TN delayed departures.' },
            detectedAt: clock.instant(weatherAt),
          },
          {
            from: day(1),
            to: day(2),
            reason: {
              code: 'carrier_delay',
              text: 'A backlog at the sort facility in Oakland, CA is holding parcels for an extra day.',
            },
            detectedAt: clock.instant(backlogAt),
          },
        ],
      },
    });
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1002',
      placedAt: ago(4 * DAY + 2 * HOUR + 12),
      items,
      shipments: [shipment],
    });
  },
};
