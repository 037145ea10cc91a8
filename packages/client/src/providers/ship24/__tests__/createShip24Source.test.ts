import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { createShip24Source } from '../createShip24Source.js';

const present = hasFixtures('ship24');
if (!present) console.warn(getSkipMessage('ship24'));
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const results = 'https://api.ship24.com/public/v1/trackers/search/9400115901047177598206/results';

describe.skipIf(!present)('createShip24Source', () => {
  it('reads existing results by number with the bearer key, and reads back by id', async () => {
    server.use(
      http.get(results, ({ request }) =>
        request.headers.get('authorization') === 'Bearer s24'
          ? HttpResponse.json(readFixture('ship24', 'doc_tracking_results_delivered_usps.json') as object)
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const source = createShip24Source({ apiKey: 's24' });
    const shipment = await source.findShipment?.({ trackingNumber: '9400115901047177598206' }, {});
    expect(shipment?.status.milestone).toBe('delivered');
    expect(shipment?.events[0]?.description).toBe('Package Received');
    expect((await source.get('shipment', shipment?.id ?? '', {}))?.kind).toBe('shipment');
  });

  it('answers null for Ship24 404 tracker_not_found, without creating a tracker', async () => {
    server.use(
      http.get(results, () =>
        HttpResponse.json(readFixture('ship24', 'doc_tracker_results_404.json') as object, { status: 404 }),
      ),
    );
    expect(
      await createShip24Source({ apiKey: 'k' }).findShipment?.({ trackingNumber: '9400115901047177598206' }, {}),
    ).toBeNull();
  });

  it('creates a tracker on 404 when asked to', async () => {
    let posted: unknown;
    server.use(
      http.get(results, () =>
        HttpResponse.json(readFixture('ship24', 'doc_tracker_results_404.json') as object, { status: 404 }),
      ),
      http.post('https://api.ship24.com/public/v1/trackers/track', async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(readFixture('ship24', 'doc_tracking_results_delivered_usps.json') as object);
      }),
    );
    const source = createShip24Source({ apiKey: 'k', createTrackers: true });
    const shipment = await source.findShipment?.({ trackingNumber: '9400115901047177598206', carrier: 'us-post' }, {});
    expect(shipment?.status.milestone).toBe('delivered');
    expect(posted).toEqual({ trackingNumber: '9400115901047177598206', courierCode: ['us-post'] });
  });
});
