import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '../../../errors/HttpError.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { createAfterShipSource } from '../createAfterShipSource.js';

const present = hasFixtures('aftership');
if (!present) console.warn(getSkipMessage('aftership'));
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.skipIf(!present)('createAfterShipSource', () => {
  it('finds a tracking through the current API with the key header, and reads it back by id', async () => {
    const tracking = (readFixture('aftership', 'v2026-07_doc_get_tracking_by_id_delivered.json') as { data: unknown })
      .data;
    const seen: string[] = [];
    server.use(
      http.get('https://api.aftership.com/tracking/2026-07/trackings', ({ request }) => {
        const url = new URL(request.url);
        seen.push(
          `${request.headers.get('as-api-key')} ${url.searchParams.get('tracking_numbers')} ${url.searchParams.get('slug')}`,
        );
        return HttpResponse.json({ meta: { code: 200 }, data: { trackings: [tracking] } });
      }),
    );
    const source = createAfterShipSource({ apiKey: 'as_key' });
    const shipment = await source.findShipment?.({ trackingNumber: '61293150000079650811' }, {});
    expect(shipment?.status.milestone).toBe('delivered');
    expect(shipment?.carrier).toEqual({ code: 'fedex', name: 'FedEx' });
    const again = await source.get('shipment', shipment?.id ?? '', {});
    expect(again).toEqual({ kind: 'shipment', shipment });
    expect(seen).toEqual(['as_key 61293150000079650811 null', 'as_key 61293150000079650811 fedex']);
  });

  it('finds a tracking whose number the shopper typed in lower case with spaces', async () => {
    const tracking = (readFixture('aftership', 'v2026-07_doc_get_tracking_by_id_delivered.json') as { data: unknown })
      .data;
    const asked: Array<string | null> = [];
    server.use(
      http.get('https://api.aftership.com/tracking/2026-07/trackings', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('tracking_numbers'));
        return HttpResponse.json({ meta: { code: 200 }, data: { trackings: [tracking] } });
      }),
    );
    const shipment = await createAfterShipSource({ apiKey: 'k' }).findShipment?.(
      { trackingNumber: ' 6129 3150 0000 7965 0811 ' },
      {},
    );
    expect(shipment?.trackingNumber).toBe('61293150000079650811');
    expect(asked).toEqual(['61293150000079650811']);
  });

  it('reads a v4 tracking by slug and number', async () => {
    server.use(
      http.get('https://api.aftership.com/v4/trackings/ups/1ZA2207X6791425225', ({ request }) =>
        request.headers.get('aftership-api-key') === 'v4_key'
          ? HttpResponse.json(readFixture('aftership', 'v4_2014_01_delivered_ups_IN-US.json') as object)
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const source = createAfterShipSource({ apiKey: 'v4_key', apiVersion: 'v4' });
    const shipment = await source.findShipment?.({ trackingNumber: '1ZA2207X6791425225', carrier: 'ups' }, {});
    expect(shipment?.events).toHaveLength(15);
  });

  it('answers null when the account has no such tracking', async () => {
    server.use(
      http.get('https://api.aftership.com/tracking/2026-07/trackings', () =>
        HttpResponse.json({ meta: { code: 200 }, data: { trackings: [] } }),
      ),
    );
    expect(await createAfterShipSource({ apiKey: 'k' }).findShipment?.({ trackingNumber: 'NOPE' }, {})).toBeNull();
  });

  it('reports a refused key as an HttpError naming the key', async () => {
    server.use(
      http.get('https://api.aftership.com/tracking/2026-07/trackings', () =>
        HttpResponse.json({ meta: { code: 401, message: 'Invalid API key.' } }, { status: 401 }),
      ),
    );
    const error = await createAfterShipSource({ apiKey: 'bad' })
      .findShipment?.({ trackingNumber: '1' }, {})
      .catch((caught: unknown) => caught);
    expect(isHttpError(error) && error.status).toBe(401);
    expect((error as Error).message).toMatch(/API key/);
  });
});
