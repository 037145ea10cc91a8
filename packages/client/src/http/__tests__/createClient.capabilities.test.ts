import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import type { Capabilities } from '../../model/Capabilities.js';
import { endpoint, rejection, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

const capabilities: Capabilities = {
  protocol: 1,
  lookup: { email: true, postalCode: true, trackingNumber: false },
  push: false,
  alerts: null,
  issues: true,
  returns: { exchanges: true, storeCredit: false },
};

describe('createClient', () => {
  it('loads the capabilities once and exposes them', async () => {
    server.use(http.get(`${endpoint}/capabilities`, () => HttpResponse.json(capabilities)));
    const client = createClient({ endpoint });
    expect(client.capabilities).toBeUndefined();
    const [first, second] = await Promise.all([client.loadCapabilities(), client.loadCapabilities()]);
    expect(first).toEqual(capabilities);
    expect(second).toEqual(capabilities);
    await client.loadCapabilities();
    expect(client.capabilities).toEqual(capabilities);
    expect(requests).toHaveLength(1);
  });

  it('validates the capabilities and tries again after a failure', async () => {
    // msw tries the handlers added last first.
    server.use(http.get(`${endpoint}/capabilities`, () => HttpResponse.json(capabilities)));
    server.use(http.get(`${endpoint}/capabilities`, () => HttpResponse.json({ protocol: 2 }), { once: true }));
    const client = createClient({ endpoint });
    expect(isInvalidResponseError(await rejection(client.loadCapabilities()))).toBe(true);
    expect(await client.loadCapabilities()).toEqual(capabilities);
  });
});
