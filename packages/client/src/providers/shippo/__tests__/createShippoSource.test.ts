import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '../../../errors/HttpError.js';
import { isInvalidRequestError } from '../../../errors/InvalidRequestError.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { createShippoSource } from '../createShippoSource.js';

const present = hasFixtures('shippo');
if (!present) console.warn(getSkipMessage('shippo'));
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.skipIf(!present)('createShippoSource', () => {
  it('tracks by carrier and number with the ShippoToken header, and reads back by id', async () => {
    server.use(
      http.get('https://api.goshippo.com/tracks/usps/9205590164917337534322', ({ request }) =>
        request.headers.get('authorization') === 'ShippoToken shippo_test_k'
          ? HttpResponse.json(readFixture('shippo', 'track_usps_2016_get_DELIVERED.json') as object)
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const source = createShippoSource({ apiKey: 'shippo_test_k', defaultCarrier: 'usps' });
    const shipment = await source.findShipment?.({ trackingNumber: '9205590164917337534322' }, {});
    expect(shipment?.deliveredAt?.raw).toBe('2016-12-08T15:19:00Z');
    expect((await source.get('shipment', shipment?.id ?? '', {}))?.kind).toBe('shipment');
  });

  it('surfaces the 400 of a test token used with a real carrier, quoting Shippo', async () => {
    server.use(
      http.get('https://api.goshippo.com/tracks/usps/9205590164917312751089', () =>
        HttpResponse.json(readFixture('shippo', 'error_400_test_mode_real_carrier_rejected.json') as object, {
          status: 400,
        }),
      ),
    );
    const error = await createShippoSource({ apiKey: 'k' })
      .findShipment?.({ trackingNumber: '9205590164917312751089', carrier: 'usps' }, {})
      .catch((caught: unknown) => caught);
    expect(isHttpError(error) && error.status).toBe(400);
    expect((error as Error).message).toContain('not a valid test tracking carrier');
  });

  it('refuses a lookup without any carrier', async () => {
    const error = await createShippoSource({ apiKey: 'k' })
      .findShipment?.({ trackingNumber: '1' }, {})
      .catch((caught: unknown) => caught);
    expect(isInvalidRequestError(error)).toBe(true);
  });
});
