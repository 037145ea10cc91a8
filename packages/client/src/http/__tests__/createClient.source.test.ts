import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import { isAbortError } from '../../errors/AbortError.js';
import { isHttpError } from '../../errors/HttpError.js';
import { isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import { isNotFoundError } from '../../errors/NotFoundError.js';
import { isTimeoutError } from '../../errors/TimeoutError.js';
import { isUnsupportedError } from '../../errors/UnsupportedError.js';
import { isVerificationError } from '../../errors/VerificationError.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { memorySource } from '../../source/__tests__/memorySource.js';
import { rejection } from './testServer.js';

const query = { orderNumber: 'W1001', email: 'shopper@example.com' };

describe('createClient', () => {
  it('looks up in process and issues an opaque token for 15 minutes', async () => {
    const client = createClient({ source: memorySource().source });
    const before = Date.now();
    const result = await client.lookup(query);
    expect(result.kind === 'order' && result.order.number).toBe('W1001');
    expect(result.access.token).toMatch(/^[0-9a-f-]{36}$/);
    const lifetime = Date.parse(result.access.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 1_000);
  });

  it('resolves only tokens it issued itself', async () => {
    const { source } = memorySource();
    const client = createClient({ source });
    const result = await client.lookup(query);
    expect(await client.lookup({ token: result.access.token })).toEqual(result);
    expect(isVerificationError(await rejection(client.lookup({ token: 'forged' })))).toBe(true);
    expect(isVerificationError(await rejection(createClient({ source }).lookup({ token: result.access.token })))).toBe(
      true,
    );
  });

  it('verifies the email through resolveLookup', async () => {
    const client = createClient({ source: memorySource().source });
    expect(isVerificationError(await rejection(client.lookup({ ...query, email: 'x@example.com' })))).toBe(true);
    expect(isNotFoundError(await rejection(client.lookup({ ...query, orderNumber: 'W0' })))).toBe(true);
  });

  it('reads records with source.get and validates them', async () => {
    const { source, update } = memorySource();
    const client = createClient({ source, locale: 'fr-FR' });
    const spy = vi.spyOn(source, 'get');
    expect((await client.get('shipment', 'shp_1')).kind).toBe('shipment');
    expect(spy.mock.calls[0]![2]).toMatchObject({ locale: 'fr-FR' });
    expect(isNotFoundError(await rejection(client.get('order', 'nope')))).toBe(true);
    update((order) => {
      (order.status as { milestone: string }).milestone = 'teleported';
    });
    expect(isInvalidResponseError(await rejection(client.get('order', 'ord_1')))).toBe(true);
  });

  it('derives capabilities from the source', async () => {
    const client = createClient({ source: memorySource({ push: true }).source });
    expect(client.capabilities).toMatchObject({ push: true, issues: false, returns: null, alerts: null });
    expect(await client.loadCapabilities()).toBe(client.capabilities);
  });

  it('runs the actions the source has and refuses the others with UnsupportedError', async () => {
    const client = createClient({ source: memorySource({ actions: true }).source });
    const started = await client.startReturn({ orderId: 'ord_1', items: [], resolution: 'refund' });
    expect(started.kind).toBe('return');
    expect(await client.lookup({ token: started.access.token })).toEqual(started);
    expect(await client.reportIssue({ kind: 'order', id: 'ord_1', type: 'late' })).toMatchObject({
      reference: 'ISS-1',
    });
    const alert = {
      kind: 'order',
      id: 'ord_1',
      channel: 'email',
      address: 'a@b.example',
      milestones: 'all',
      consentText: 'ok',
    } as const;
    expect(isUnsupportedError(await rejection(client.subscribeAlerts(alert)))).toBe(true);
  });

  it('turns a failing source into an HttpError 500, and honours abort and timeout', async () => {
    const { source } = memorySource();
    source.get = () => Promise.reject(new Error('database down'));
    const client = createClient({ source });
    expect(await rejection(client.get('order', 'ord_1'))).toMatchObject({ name: 'HttpError', status: 500 });
    expect(isHttpError(await rejection(client.get('order', 'ord_1')))).toBe(true);
    source.get = (_kind, _id, context) =>
      new Promise((_resolve, reject) => context.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const controller = new AbortController();
    const pending = client.get('order', 'ord_1', { signal: controller.signal });
    controller.abort();
    expect(isAbortError(await rejection(pending))).toBe(true);
    expect(isTimeoutError(await rejection(client.get('order', 'ord_1', { timeout: 10 })))).toBe(true);
  });

  it('watches through source.subscribe, firing only on a real change', async () => {
    const { source, update, listeners } = memorySource({ push: true });
    const client = createClient({ source });
    const result = await client.lookup(query);
    const listener = vi.fn<(next: LookupResult) => void>();
    const stop = client.watch(result, listener);
    expect(listeners.size).toBe(1);
    update(() => {});
    update((order) => {
      order.status.exception = 'delayed';
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toMatchObject({
      order: { status: { exception: 'delayed' } },
      access: result.access,
    });
    stop();
    stop();
    expect(listeners.size).toBe(0);
  });

  it('polls source.get when the source cannot push', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { source, update } = memorySource();
      const client = createClient({ source });
      const result = await client.lookup(query);
      const listener = vi.fn();
      const stop = client.watch(result, listener, { interval: 1_000 });
      update((order) => {
        order.number = 'W1001';
        order.status.milestone = 'delivered';
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(listener).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
