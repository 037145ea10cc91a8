import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '../../../errors/HttpError.js';
import { create17TrackSource } from '../create17TrackSource.js';
import { sample17TrackInfo } from './sample17TrackInfo.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://api.17track.net/track/v2.2';
const notRegistered = {
  code: 0,
  data: {
    accepted: [],
    rejected: [{ number: 'RR1', error: { code: -18019902, message: 'The tracking number is not registered.' } }],
  },
};

describe('create17TrackSource', () => {
  it('posts the number with the key header and normalizes the answer', async () => {
    let seen: { token: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${base}/gettrackinfo`, async ({ request }) => {
        seen = { token: request.headers.get('17token'), body: await request.json() };
        return HttpResponse.json(sample17TrackInfo());
      }),
    );
    const source = create17TrackSource({ apiKey: 'k-17' });
    const shipment = await source.findShipment?.({ trackingNumber: ' 1Z2617V10397725789 ', carrier: '100002' }, {});
    expect(seen).toEqual({ token: 'k-17', body: [{ number: '1Z2617V10397725789', carrier: 100002 }] });
    expect(shipment?.status.milestone).toBe('in_transit');
  });

  it('reads a shipment again by the id its normalizer gave it', async () => {
    server.use(http.post(`${base}/gettrackinfo`, () => HttpResponse.json(sample17TrackInfo())));
    const source = create17TrackSource({ apiKey: 'k' });
    const resource = await source.get('shipment', '17track:100002:1Z2617V10397725789', {});
    expect(resource?.kind === 'shipment' && resource.shipment.trackingNumber).toBe('1Z2617V10397725789');
    expect(await source.get('order', '1001', {})).toBeNull();
  });

  it('answers null for an unregistered number and registers it when asked to', async () => {
    const registered: unknown[] = [];
    server.use(
      http.post(`${base}/gettrackinfo`, () => HttpResponse.json(notRegistered)),
      http.post(`${base}/register`, async ({ request }) => {
        registered.push(await request.json());
        return HttpResponse.json({ code: 0, data: { accepted: [{ number: 'RR1' }], rejected: [] } });
      }),
    );
    expect(await create17TrackSource({ apiKey: 'k' }).findShipment?.({ trackingNumber: 'RR1' }, {})).toBeNull();
    expect(registered).toEqual([]);
    expect(
      await create17TrackSource({ apiKey: 'k', autoRegister: true }).findShipment?.({ trackingNumber: 'RR1' }, {}),
    ).toBeNull();
    expect(registered).toEqual([[{ number: 'RR1' }]]);
  });

  it('turns an account-level error code into an HttpError', async () => {
    server.use(http.post(`${base}/gettrackinfo`, () => HttpResponse.json({ code: -18010002, data: null })));
    await expect(
      create17TrackSource({ apiKey: 'bad' }).findShipment?.({ trackingNumber: 'RR1' }, {}),
    ).rejects.toSatisfy(isHttpError);
  });
});
