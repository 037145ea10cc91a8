import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { isVerificationError } from '../../errors/VerificationError.js';
import type { LookupResult, Resource } from '../../model/LookupResult.js';
import { endpoint, rejection, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

const returnRecord: Resource & { kind: 'return' } = {
  kind: 'return',
  return: {
    id: 'ret_1',
    rma: 'RMA-1',
    stage: 'in_transit',
    items: [],
    shipment: null,
    refund: null,
    createdAt: { kind: 'date', date: '2024-11-28', raw: '2024-11-28' },
  },
};

function withReturn(): LookupResult {
  const result = sampleResult();
  result.order.returns = [returnRecord.return];
  return result;
}

const authorization = (path: string) =>
  requests.find((request) => new URL(request.url).pathname.endsWith(path))?.headers.get('authorization');

describe('createClient', () => {
  it("sends the lookup's token as a bearer token on reads of that record", async () => {
    server.use(
      http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())),
      http.get(`${endpoint}/orders/ord_1`, () => HttpResponse.json(sampleResource())),
    );
    const client = createClient({ endpoint });
    await client.lookup({ orderNumber: 'W1001', postalCode: '94107' });
    await client.get('order', 'ord_1');
    expect(authorization('/lookup')).toBeNull();
    expect(authorization('/orders/ord_1')).toBe('Bearer tok_sample');
  });

  it("uses an order's token for its own shipments and returns", async () => {
    server.use(
      http.post(`${endpoint}/lookup`, () => HttpResponse.json(withReturn())),
      http.get(`${endpoint}/shipments/shp_1`, () =>
        HttpResponse.json({ kind: 'shipment', shipment: sampleResult().order.shipments[0] }),
      ),
      http.get(`${endpoint}/returns/ret_1`, () => HttpResponse.json(returnRecord)),
    );
    const client = createClient({ endpoint });
    await client.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    await client.get('shipment', 'shp_1');
    await client.get('return', 'ret_1');
    expect(authorization('/shipments/shp_1')).toBe('Bearer tok_sample');
    expect(authorization('/returns/ret_1')).toBe('Bearer tok_sample');
  });

  it('sends the longer-lived of a record’s own token and its order’s, which both show all of it', async () => {
    const own = { ...returnRecord, access: { token: 'tok_return', expiresAt: '2031-01-01T00:00:00.000Z' } };
    server.use(
      http.post(`${endpoint}/lookup`, async ({ request }) => {
        const body = (await request.json()) as { token?: string };
        return HttpResponse.json(body.token === 'tok_return' ? own : withReturn());
      }),
      http.get(`${endpoint}/returns/ret_1`, () => HttpResponse.json(returnRecord)),
    );
    const client = createClient({ endpoint });
    await client.lookup({ token: 'tok_return' });
    await client.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    await client.get('return', 'ret_1');
    expect(authorization('/returns/ret_1')).toBe('Bearer tok_return');
  });

  it('sends the matching token with actions', async () => {
    const created = {
      ...returnRecord,
      access: { token: 'tok_new', expiresAt: '2030-01-01T00:00:00.000Z' },
    };
    const receipt = { reference: 'ISS-1', createdAt: { kind: 'date', date: '2024-11-28', raw: '2024-11-28' } };
    const subscription = { id: 'al_1', channel: 'email', milestones: 'key', createdAt: receipt.createdAt };
    server.use(
      http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())),
      http.post(`${endpoint}/returns`, () => HttpResponse.json(created, { status: 201 })),
      http.post(`${endpoint}/issues`, () => HttpResponse.json(receipt, { status: 201 })),
      http.post(`${endpoint}/alerts`, () => HttpResponse.json(subscription, { status: 201 })),
      http.get(`${endpoint}/returns/ret_1`, () => HttpResponse.json(returnRecord)),
    );
    const client = createClient({ endpoint });
    await client.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    const started = await client.startReturn({
      orderId: 'ord_1',
      items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }],
      resolution: 'refund',
    });
    expect(started.access.token).toBe('tok_new');
    expect(await client.reportIssue({ kind: 'order', id: 'ord_1', type: 'late' })).toEqual(receipt);
    const alert = {
      kind: 'order',
      id: 'ord_1',
      channel: 'email',
      address: 'a@b.example',
      milestones: 'key',
      consentText: 'ok',
    } as const;
    expect(await client.subscribeAlerts(alert)).toEqual(subscription);
    await client.get('return', 'ret_1');
    expect(authorization('/returns')).toBe('Bearer tok_sample');
    expect(authorization('/issues')).toBe('Bearer tok_sample');
    expect(authorization('/alerts')).toBe('Bearer tok_sample');
    expect(authorization('/returns/ret_1')).toBe('Bearer tok_new');
  });

  it('reads without a token it does not have, and maps the 401', async () => {
    server.use(http.get(`${endpoint}/orders/ord_9`, () => new HttpResponse(null, { status: 401 })));
    const error = await rejection(createClient({ endpoint }).get('order', 'ord_9'));
    expect(isVerificationError(error)).toBe(true);
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });
});
