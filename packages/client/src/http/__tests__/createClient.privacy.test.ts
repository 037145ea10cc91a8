import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { endpoint, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

const email = 'Shopper+vip@Example.com';
const postalCode = 'SW1A 1AA';
const phone = '+14155550100';
const secrets = [email, postalCode, phone, 'shopper', 'SW1A', '14155550100'];

describe('createClient', () => {
  it('never puts an email, a postal code or a phone number in any URL', async () => {
    server.use(
      http.post(`${endpoint}/:action`, () => HttpResponse.json(sampleResult())),
      http.get(`${endpoint}/orders/ord_1`, () => HttpResponse.json(sampleResource())),
    );
    const client = createClient({ endpoint });
    await client.lookup({ orderNumber: 'W1001', email });
    await client.lookup({ orderNumber: 'W1001', postalCode });
    await client.get('order', 'ord_1');
    await client
      .subscribeAlerts({
        kind: 'order',
        id: 'ord_1',
        channel: 'sms',
        address: phone,
        milestones: 'all',
        consentText: 'Yes',
      })
      .catch(() => {});
    expect(requests.length).toBeGreaterThanOrEqual(4);
    for (const request of requests) {
      const url = decodeURIComponent(request.url).toLowerCase();
      for (const secret of secrets) expect(url).not.toContain(secret.toLowerCase());
    }
    const bodies = await Promise.all(requests.filter((r) => r.method === 'POST').map((r) => r.text()));
    expect(bodies.join('\n')).toContain(email);
  });
});
