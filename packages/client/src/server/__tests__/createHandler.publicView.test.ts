import { describe, expect, it } from 'vitest';
import type { Order } from '../../model/Order.js';
import type { Shipment } from '../../model/Shipment.js';
import { normalizeAfterShipTracking } from '../../providers/aftership/normalizeAfterShipTracking.js';
import { normalizeShip24Tracking } from '../../providers/ship24/normalizeShip24Tracking.js';
import type { Source } from '../../source/Source.js';
import { createHandler } from '../createHandler.js';
import { createTestSource, testSecret, testShipment } from './createTestSource.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';
import { postJson, readJson } from './requests.js';

const ship24File = 'ship24/doc_tracking_results_delivered_usps.json';
const afterShipFile = 'aftership/v4_node_01_list_trackings_inforeceived_pending_delivered.json';
const available = hasSharedFixture(ship24File) && hasSharedFixture(afterShipFile);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the public-view tests');

// AfterShip's test-mode parcel whose checkpoints are street addresses, with `city` empty as carriers often leave it:
// the free-text `location` (`1000 W Test Ln, Austin, Texas, 11111`) is then all AfterShip says about the place.
function readAfterShipWithoutCities(): unknown {
  const list = readSharedFixture(afterShipFile) as {
    data: { trackings: Array<{ tracking_number: string; checkpoints: Array<Record<string, unknown>> }> };
  };
  const tracking = list.data.trackings.find((entry) => entry.tracking_number === 'ITD-0-12345678');
  for (const checkpoint of tracking?.checkpoints ?? []) checkpoint.city = null;
  return tracking;
}

function setup(shipments: Shipment[]) {
  const byNumber = new Map(shipments.map((shipment) => [shipment.trackingNumber, shipment]));
  const source: Source = {
    name: 'fixtures',
    findShipment: async ({ trackingNumber }) => byNumber.get(trackingNumber) ?? null,
    get: async (kind, id) => {
      const shipment = shipments.find((candidate) => candidate.id === id);
      return kind === 'shipment' && shipment ? { kind, shipment } : null;
    },
  };
  const handler = createHandler({ source, secret: testSecret, rateLimit: false });
  return (trackingNumber: string) => handler(postJson('/lookup', { trackingNumber }));
}

const secrets = ['94901', '11111', 'Test Ln', 'Testfield St', 'Test Ave'];

describe.skipIf(!available)('createHandler', () => {
  describe('the public view of a tracking-number lookup', () => {
    it('carries no postal code and no street address from real Ship24 and AfterShip payloads', async () => {
      const ship24 = normalizeShip24Tracking(readSharedFixture(ship24File));
      const afterShip = normalizeAfterShipTracking(readAfterShipWithoutCities());
      const lookup = setup([ship24, afterShip]);

      const byShip24 = await lookup(ship24.trackingNumber);
      expect(byShip24.status).toBe(200);
      const ship24Body = await readJson(byShip24);
      expect(ship24Body.shipment.events.at(-1).location).toEqual({ city: 'SAN RAFAEL', region: 'CA' });
      expect(ship24Body.shipment.events[0]).not.toHaveProperty('location');

      const byAfterShip = await lookup(afterShip.trackingNumber);
      expect(byAfterShip.status).toBe(200);
      const afterShipBody = await readJson(byAfterShip);
      expect(afterShipBody.shipment.events.at(-1).location).toEqual({ region: 'Texas' });

      for (const body of [ship24Body, afterShipBody]) {
        const text = JSON.stringify(body);
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    });

    it('leaves out any place part with a digit in it, whatever the source put there', async () => {
      const shipment = testShipment();
      const [first] = shipment.events;
      shipment.events = [
        { ...first!, location: { city: '1000 W Test Ln, Austin', region: 'TX 78701', country: 'US' } },
        { ...first!, location: { city: 'Austin', text: 'Front porch, 1000 W Test Ln' } },
        { ...first!, location: { postalCode: '78701' } },
      ];
      const body = await readJson(await setup([shipment])(shipment.trackingNumber));
      expect(body.shipment.events.map((event: { location?: unknown }) => event.location)).toEqual([
        { country: 'US' },
        { city: 'Austin' },
        undefined,
      ]);
    });

    it('keeps every part for an order lookup, which proved the contact', async () => {
      const source = createTestSource();
      const order = source.orders.get('ord_1') as Order;
      const shipment = normalizeShip24Tracking(readSharedFixture(ship24File));
      Object.assign(order, { shipments: [{ ...shipment, itemIds: ['li_1'] }] });
      const handler = createHandler({ source, secret: testSecret, rateLimit: false });
      const body = await readJson(
        await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' })),
      );
      const locations = body.order.shipments[0].events.map((event: { location?: unknown }) => event.location);
      expect(locations.at(-1)).toEqual({ city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' });
      expect(locations[0]).toEqual({ text: 'Beijing' });
    });
  });
});
