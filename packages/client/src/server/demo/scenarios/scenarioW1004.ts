import { buildDemoOrder } from '../buildDemoOrder.js';
import { buildDemoShipment } from '../buildDemoShipment.js';
import { DAY, type DemoScenario, HOUR } from '../DemoScenario.js';
import { demoPlaces as places, shopperZone } from '../demoPlaces.js';
import { getDemoItem } from '../demoProducts.js';

const HALF_HOUR = 30 * 60_000;

/** Three parcels from one order: one delivered, one out for delivery, one stuck on an address the shopper must fix. */
export const scenarioW1004: DemoScenario = {
  number: 'W1004',
  title: 'Three shipments: delivered, out for delivery, address problem needing action',
  build({ clock, storeUrl }) {
    const { ago } = clock;
    const day = (offset: number) => clock.date(clock.at(offset, '12:00', shopperZone), shopperZone);
    const items = [
      getDemoItem('fleece', { id: 'li_1004_1', variant: 'Navy / M', storeUrl }),
      getDemoItem('mug', { id: 'li_1004_2', variant: 'Ember', quantity: 2, storeUrl }),
      getDemoItem('bottle', { id: 'li_1004_3', variant: 'Sage', storeUrl }),
      getDemoItem('poles', { id: 'li_1004_4', storeUrl }),
    ];
    const delivered = buildDemoShipment(clock, {
      id: 'shp_1004_1',
      carrier: 'usps',
      trackingNumber: '9400111899223197428490',
      itemIds: ['li_1004_1'],
      scans: [
        {
          at: ago(4 * DAY + 2 * HOUR),
          description: 'Shipping Label Created, USPS Awaiting Item',
          code: 'GX',
          place: places.sparks,
          milestone: 'label_created',
        },
        {
          at: ago(3 * DAY + 20 * HOUR),
          description: 'Accepted at USPS Origin Facility',
          code: 'OA',
          place: places.sparks,
          milestone: 'in_transit',
        },
        {
          at: ago(3 * DAY + 12 * HOUR),
          description: 'Departed USPS Regional Facility',
          code: 'EF',
          place: places.reno,
        },
        {
          at: ago(2 * DAY + 23 * HOUR),
          description: 'Arrived at USPS Regional Facility',
          code: '10',
          place: places.sanFrancisco,
        },
        {
          at: ago(2 * DAY + 8 * HOUR),
          description: 'Out for Delivery',
          code: 'OF',
          place: places.sanFrancisco,
          milestone: 'out_for_delivery',
        },
        {
          at: ago(2 * DAY + 3 * HOUR),
          description: 'Delivered, In/At Mailbox',
          code: '01',
          place: places.sanFrancisco,
          milestone: 'delivered',
        },
      ],
    });
    const windowStart = new Date(Math.ceil((clock.start.getTime() + 45 * 60_000) / HALF_HOUR) * HALF_HOUR);
    const outForDelivery = buildDemoShipment(clock, {
      id: 'shp_1004_2',
      carrier: 'ups',
      trackingNumber: '1ZW4P7820373515226',
      itemIds: ['li_1004_2', 'li_1004_3'],
      scans: [
        {
          at: ago(DAY + 22 * HOUR),
          description: 'Shipper created a label, UPS has not received the package yet.',
          code: 'M',
          place: places.sparks,
          milestone: 'label_created',
        },
        {
          at: ago(DAY + 15 * HOUR),
          description: 'Pickup Scan',
          code: 'P',
          place: places.sparks,
          milestone: 'in_transit',
        },
        { at: ago(DAY + 9 * HOUR), description: 'Departed from Facility', code: 'I', place: places.sparks },
        { at: ago(8 * HOUR), description: 'Arrived at Facility', code: 'I', place: places.sanFrancisco },
        {
          at: ago(95),
          description: 'Out For Delivery Today',
          code: 'O',
          place: places.sanFrancisco,
          milestone: 'out_for_delivery',
        },
      ],
      eta: {
        start: clock.wall(windowStart, shopperZone),
        end: clock.wall(new Date(windowStart.getTime() + 3 * HOUR * 60_000), shopperZone),
        changes: [],
      },
    });
    const addressIssueAt = ago(70);
    const needsAction = buildDemoShipment(clock, {
      id: 'shp_1004_3',
      carrier: 'fedex',
      trackingNumber: '776218344522',
      itemIds: ['li_1004_4'],
      scans: [
        {
          at: ago(2 * DAY + 4 * HOUR),
          description: 'Shipment information sent to FedEx',
          code: 'OC',
          place: places.columbus,
          milestone: 'label_created',
        },
        {
          at: ago(DAY + 20 * HOUR),
          description: 'Picked up',
          code: 'PU',
          place: places.columbus,
          milestone: 'in_transit',
        },
        { at: ago(DAY + 14 * HOUR), description: 'Departed FedEx location', code: 'DP', place: places.columbus },
        { at: ago(9 * HOUR), description: 'Arrived at FedEx location', code: 'AR', place: places.oakland },
        { at: ago(5 * HOUR), description: 'At local FedEx facility', code: 'AR', place: places.sanFrancisco },
        {
          at: addressIssueAt,
          description: 'Delivery exception: incorrect address, apartment or suite number missing',
          code: 'DE',
          place: places.sanFrancisco,
          exception: 'exception',
          actionRequired: true,
          cause: 'The address is missing an apartment or suite number.',
          nextStep: {
            label: 'Add your apartment or suite number with FedEx',
            url: 'https://www.fedex.com/fedextrack/?trknbr=776218344522',
          },
        },
      ],
      eta: {
        start: day(1),
        changes: [
          {
            from: { start: day(0) },
            to: { start: day(1) },
            reason: {
              code: 'address_issue',
              text: 'The address is missing an apartment or suite number. Delivery resumes once it is confirmed.',
            },
            detectedAt: clock.instant(addressIssueAt),
          },
        ],
      },
    });
    return buildDemoOrder(clock, storeUrl, {
      number: 'W1004',
      placedAt: ago(4 * DAY + 7 * HOUR + 26),
      items,
      shipments: [delivered, outForDelivery, needsAction],
    });
  },
};
