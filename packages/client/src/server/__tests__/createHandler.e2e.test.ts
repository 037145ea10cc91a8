import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { isNotFoundError } from '../../errors/NotFoundError.js';
import { isRateLimitError } from '../../errors/RateLimitError.js';
import { isUnsupportedError } from '../../errors/UnsupportedError.js';
import { isVerificationError } from '../../errors/VerificationError.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { createHandler } from '../createHandler.js';
import { type NodeServer, serveNode } from '../serveNode.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { sampleActionInputs } from './sampleActionInputs.js';

const servers: NodeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setup(options: Partial<Parameters<typeof createHandler>[0]> = {}) {
  const source = createTestSource();
  const server = await serveNode(createHandler({ source, secret: testSecret, basePath: '/apps/waypost', ...options }));
  servers.push(server);
  const client = createClient({ endpoint: `${server.url}/apps/waypost`, locale: 'en-US', retry: 0, cache: false });
  return { source, client };
}

const email = { orderNumber: 'W1001', email: 'Shopper@Example.com ' };

describe('createHandler', () => {
  describe('with createClient over loopback', () => {
    it('looks up, reads again, and reads the capabilities', async () => {
      const { client } = await setup();
      const result = await client.lookup(email);
      expect(result.kind).toBe('order');
      const again = await client.get('order', 'ord_1');
      expect(again).toMatchObject({ kind: 'order', order: { number: 'W1001' } });
      expect((await client.loadCapabilities()).push).toBe(true);
    });

    it('maps refusals to the client’s typed errors', async () => {
      const { client } = await setup({ rateLimit: { lookup: { limit: 3, windowMs: 60_000 } } });
      await expect(client.lookup({ orderNumber: 'W1001', email: 'guess@example.com' })).rejects.toSatisfy(
        isVerificationError,
      );
      await expect(client.lookup({ orderNumber: 'W404', email: 'guess@example.com' })).rejects.toSatisfy(
        isNotFoundError,
      );
      await client.lookup(email);
      const error = await client.lookup(email).catch((caught: unknown) => caught);
      expect(isRateLimitError(error)).toBe(true);
      expect((error as { retryAfter?: number }).retryAfter).toBeGreaterThan(0);
    });

    it('reports an action the source lacks as UnsupportedError', async () => {
      const source = createTestSource(['reportIssue']);
      const server = await serveNode(createHandler({ source, secret: testSecret }));
      servers.push(server);
      const client = createClient({ endpoint: server.url, retry: 0 });
      await client.lookup(email);
      await expect(client.reportIssue({ kind: 'order', id: 'ord_1', type: 'late' })).rejects.toSatisfy(
        isUnsupportedError,
      );
    });

    it('starts a return and subscribes to alerts with the lookup’s token', async () => {
      const { client } = await setup();
      await client.lookup(email);
      const created = await client.startReturn(sampleActionInputs.startReturn);
      expect(created).toMatchObject({ kind: 'return', return: { id: 'ret_new' } });
      const alert = await client.subscribeAlerts(sampleActionInputs.subscribeAlerts);
      expect(alert.id).toBe('alert_1');
    });

    it('watches over the event stream and stops cleanly', async () => {
      const { client, source } = await setup();
      const result = await client.lookup(email);
      const seen: LookupResult[] = [];
      const stop = client.watch(result, (next) => seen.push(next));
      const deadline = Date.now() + 3_000;
      while (source.listenerCount === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(source.listenerCount).toBe(1);
      if (result.kind !== 'order') throw new Error('expected an order');
      source.emit('order', 'ord_1', {
        kind: 'order',
        order: { ...result.order, status: { milestone: 'delivered', exception: null } },
      });
      while (seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(seen.at(-1)).toMatchObject({ kind: 'order', order: { status: { milestone: 'delivered' } } });
      stop();
      while (source.listenerCount > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(source.listenerCount).toBe(0);
    });
  });
});
