import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isRateLimitError } from '../../../errors/RateLimitError.js';
import { providerFixturesAvailable, providerFixturesUrl } from '../../shared/__tests__/listProviderFixtures.js';
import { createKarrioSource } from '../createKarrioSource.js';
import { sampleKarrioTracker } from './sampleKarrioTracker.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://karrio.shop.test';
const source = createKarrioSource({ apiKey: 'key_test', baseUrl: `${base}/` });
const creating = createKarrioSource({ apiKey: 'key_test', baseUrl: base, createTrackers: true });

function fixture(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`karrio/${file}`, providerFixturesUrl), 'utf8')) as Record<string, unknown>;
}

describe('createKarrioSource', () => {
  it.skipIf(!providerFixturesAvailable)('creates or reads the tracker with the carrier when allowed to', async () => {
    let seen: { authorization: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${base}/v1/trackers`, async ({ request }) => {
        seen = { authorization: request.headers.get('authorization'), body: await request.json() };
        return HttpResponse.json(fixture('test_expected_tracker_dhl_update.json'));
      }),
    );
    const shipment = await creating.findShipment?.(
      { trackingNumber: '00340434292135100124', carrier: 'dhl_express' },
      {},
    );
    expect(seen).toEqual({
      authorization: 'Token key_test',
      body: { tracking_number: '00340434292135100124', carrier_name: 'dhl_express' },
    });
    expect(shipment).toMatchObject({
      id: 'karrio:dhl_express:00340434292135100124',
      carrier: { name: 'DHL Express' },
      status: { milestone: 'in_transit' },
    });
  });

  it.skipIf(!providerFixturesAvailable)('reads an existing tracker by number when no carrier is given', async () => {
    server.use(
      http.get(`${base}/v1/trackers/1Z12345E6205277936`, () =>
        HttpResponse.json(fixture('test_expected_tracker_ups_in_transit.json')),
      ),
    );
    const resource = await source.get('shipment', 'karrio::1Z12345E6205277936', {});
    expect(resource?.kind === 'shipment' && resource.shipment.events[0]?.time?.raw).toBe('2010-08-30T10:39');
  });

  it.skipIf(!providerFixturesAvailable)('only reads by default, and refuses a tracker of another carrier', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${base}/v1/trackers/00340434292135100124`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json(fixture('test_expected_tracker_dhl_update.json'));
      }),
    );
    expect(
      (await source.findShipment?.({ trackingNumber: '00340434292135100124', carrier: 'dhl_express' }, {}))
        ?.trackingNumber,
    ).toBe('00340434292135100124');
    expect(authorization).toBe('Token key_test');
    expect(await source.findShipment?.({ trackingNumber: '00340434292135100124', carrier: 'ups' }, {})).toBeNull();
  });

  it('answers null when Karrio has no such tracker', async () => {
    server.use(
      http.get(`${base}/v1/trackers/:number`, () =>
        HttpResponse.json({ errors: [{ code: 'not_found', message: 'Not found' }] }, { status: 404 }),
      ),
    );
    expect(await source.findShipment?.({ trackingNumber: 'NOPE' }, {})).toBeNull();
  });

  it('passes a rate limit on as a RateLimitError', async () => {
    server.use(
      http.post(`${base}/v1/trackers`, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } })),
    );
    const error = await creating
      .findShipment?.({ trackingNumber: '7023210039414604', carrier: 'canadapost' }, {})
      .catch((caught: unknown) => caught);
    expect(isRateLimitError(error) && error.retryAfter).toBe(7);
  });

  it('serves a hand-written tracker without the shared fixtures', async () => {
    server.use(http.post(`${base}/v1/trackers`, () => HttpResponse.json(sampleKarrioTracker())));
    expect(
      (await creating.findShipment?.({ trackingNumber: '7023210039414604', carrier: 'canadapost' }, {}))?.status
        .milestone,
    ).toBe('delivered');
  });
});
