import type { Carrier } from '../../model/Carrier.js';

/** The carriers the demo ships with. */
export type DemoCarrierCode = 'ups' | 'usps' | 'fedex' | 'dhl';

/** How each carrier reports scan times in real feeds, which the demo imitates so the widget meets every kind. */
export type DemoTimeStyle = 'wall-zoned' | 'wall' | 'instant';

interface DemoCarrier {
  carrier: Carrier;
  timeStyle: DemoTimeStyle;
  trackingUrl: (trackingNumber: string) => string;
}

const carriers: Record<DemoCarrierCode, DemoCarrier> = {
  ups: {
    carrier: { code: 'ups', name: 'UPS', url: 'https://www.ups.com' },
    timeStyle: 'wall-zoned',
    trackingUrl: (number) => `https://www.ups.com/track?loc=en_US&tracknum=${number}`,
  },
  usps: {
    carrier: { code: 'usps', name: 'USPS', url: 'https://www.usps.com' },
    timeStyle: 'wall',
    trackingUrl: (number) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${number}`,
  },
  fedex: {
    carrier: { code: 'fedex', name: 'FedEx', url: 'https://www.fedex.com' },
    timeStyle: 'instant',
    trackingUrl: (number) => `https://www.fedex.com/fedextrack/?trknbr=${number}`,
  },
  dhl: {
    carrier: { code: 'dhl-express', name: 'DHL Express', url: 'https://www.dhl.com' },
    timeStyle: 'instant',
    trackingUrl: (number) =>
      `https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=${number}`,
  },
};

/**
 * Reads a demo carrier: its model record, how it writes times, and its public tracking page for a number.
 *
 * @example getDemoCarrier('ups').trackingUrl('1Z…') // 'https://www.ups.com/track?loc=en_US&tracknum=1Z…'
 */
export function getDemoCarrier(code: DemoCarrierCode): DemoCarrier {
  return carriers[code];
}
