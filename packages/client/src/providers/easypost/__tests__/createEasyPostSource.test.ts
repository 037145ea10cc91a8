import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { createEasyPostSource } from '../createEasyPostSource.js';

const present = hasFixtures('easypost');
if (!present) console.warn(getSkipMessage('easypost'));
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.skipIf(!present)('createEasyPostSource', () => {
  it('picks the live tracker over the error one for the same code, with basic auth', async () => {
    const list = readFixture('easypost', 'trackers_rb2024_list_page_mixed_statuses.json');
    let auth: string | null = null;
    server.use(
      http.get('https://api.easypost.com/v2/trackers', ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json(list as object);
      }),
    );
    const source = createEasyPostSource({ apiKey: 'EZTK_test' });
    const shipment = await source.findShipment?.({ trackingNumber: '9400100110368068500644' }, {});
    expect(shipment?.status.raw.status).toBe('out_for_delivery');
    expect(auth).toBe(`Basic ${btoa('EZTK_test:')}`);
    expect((await source.get('shipment', shipment?.id ?? '', {}))?.kind).toBe('shipment');
  });

  it('answers null without creating a tracker by default', async () => {
    server.use(
      http.get('https://api.easypost.com/v2/trackers', () => HttpResponse.json({ trackers: [], has_more: false })),
    );
    expect(
      await createEasyPostSource({ apiKey: 'k' }).findShipment?.({ trackingNumber: 'EZ4000000004' }, {}),
    ).toBeNull();
  });

  it('creates a tracker when asked to', async () => {
    const tracker = readFixture('easypost', 'tracker_py2022_04_delivered_EZ4000000004.json');
    let posted: unknown;
    server.use(
      http.get('https://api.easypost.com/v2/trackers', () => HttpResponse.json({ trackers: [], has_more: false })),
      http.post('https://api.easypost.com/v2/trackers', async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(tracker as object, { status: 201 });
      }),
    );
    const source = createEasyPostSource({ apiKey: 'k', createTrackers: true });
    const shipment = await source.findShipment?.({ trackingNumber: 'EZ4000000004', carrier: 'USPS' }, {});
    expect(shipment?.status.milestone).toBe('delivered');
    expect(posted).toEqual({ tracker: { tracking_code: 'EZ4000000004', carrier: 'USPS' } });
  });
});
