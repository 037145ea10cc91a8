import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Shipment } from '../../../model/Shipment.js';
import { testSecret, testShipment } from '../../__tests__/createTestSource.js';
import { signWebhookBody } from '../../outbound/signWebhookBody.js';
import { createNotifier } from '../createNotifier.js';
import { createWebhookChannel } from '../createWebhookChannel.js';
import type { NotifierOptions } from '../NotifierOptions.js';
import type { OutboxEntry } from '../OutboxEntry.js';
import { createTempStore, hasSqlite } from './createTempStore.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const hookUrl = 'https://hooks.shop.example/waypost';
const hookSecret = 'hook-secret-0123456789';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

// A later state of the subscribed parcel (the notifier ignores updates that are not fresher than what it saw).
const later = { kind: 'instant', utc: '2024-11-21T08:00:00.000Z', raw: '2024-11-21T08:00:00Z' } as const;

const outForDelivery = (): Shipment => {
  const shipment = testShipment();
  return { ...shipment, status: { ...shipment.status, milestone: 'out_for_delivery' }, updatedAt: later };
};

async function setup(extra: Partial<NotifierOptions> = {}) {
  const temp = await createTempStore();
  cleanups.push(() => temp.remove());
  let clock = Date.parse('2026-03-02T12:00:00Z');
  const failures: OutboxEntry[] = [];
  const notifier = createNotifier({
    store: temp.store,
    secret: testSecret,
    publicUrl: 'https://shop.example/api/waypost',
    channels: { email: createWebhookChannel({ url: hookUrl, secret: hookSecret, retries: 0 }) },
    onDeliveryError: (_error, entry) => failures.push(entry),
    now: () => clock,
    ...extra,
  });
  const subscription = await notifier.subscribeAlerts(
    {
      kind: 'order',
      id: 'ord_1',
      channel: 'email',
      address: 'shopper@example.com',
      milestones: 'key',
      consentText: 'Yes',
    },
    { locale: 'en', resource: { kind: 'order', order: { shipments: [testShipment()], exchanges: [] } as never } },
  );
  return {
    notifier,
    store: temp.store,
    subscription,
    failures,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe.skipIf(!hasSqlite)('createNotifier', () => {
  it('signs the webhook body so the receiver can verify it', async () => {
    const seen: Array<{ signature: string | null; delivery: string | null; body: string }> = [];
    server.use(
      http.post(hookUrl, async ({ request }) => {
        seen.push({
          signature: request.headers.get('waypost-signature'),
          delivery: request.headers.get('waypost-delivery'),
          body: await request.text(),
        });
        return HttpResponse.json({ ok: true });
      }),
    );
    const { notifier } = await setup();
    await notifier.receiveShipment(outForDelivery());
    expect(seen).toHaveLength(1);
    const { signature, delivery, body } = seen[0]!;
    const timestamp = Number(/t=(\d+)/.exec(signature ?? '')?.[1]);
    expect(signature).toBe(await signWebhookBody(hookSecret, body, timestamp));
    const payload = JSON.parse(body);
    expect(payload.type).toBe('notification');
    expect(payload.message).toMatchObject({
      id: delivery,
      to: 'shopper@example.com',
      event: { milestone: 'out_for_delivery' },
    });
  });

  it('retries a failed send with backoff and records every attempt', async () => {
    let calls = 0;
    server.use(
      http.post(hookUrl, () => {
        calls += 1;
        return calls < 3 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json({});
      }),
    );
    const { notifier, store, subscription, failures, advance } = await setup({ retryDelaysMs: [60_000, 300_000] });
    await notifier.receiveShipment(outForDelivery());
    expect(calls).toBe(1);
    expect(failures.map((entry) => entry.status)).toEqual(['pending']);
    advance(59_000);
    expect(await notifier.deliverDue()).toBe(0);
    advance(1_000);
    expect(await notifier.deliverDue()).toBe(1);
    advance(300_000);
    await notifier.deliverDue();
    const [entry] = await store.listEntries(subscription.id);
    expect(entry).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(calls).toBe(3);
  });

  it('records a send as failed, never silently dropped, once retries run out', async () => {
    server.use(http.post(hookUrl, () => new HttpResponse('down', { status: 500 })));
    const { notifier, store, subscription, failures, advance } = await setup({ retryDelaysMs: [1_000] });
    await notifier.receiveShipment(outForDelivery());
    advance(1_000);
    await notifier.deliverDue();
    const [entry] = await store.listEntries(subscription.id);
    expect(entry).toMatchObject({ status: 'failed', attempts: 2 });
    expect(entry!.lastError).toContain('500');
    expect(failures.map((failure) => failure.status)).toEqual(['pending', 'failed']);
  });

  it('does not retry a refusal the receiver says is final', async () => {
    server.use(http.post(hookUrl, () => new HttpResponse('no such contact', { status: 422 })));
    const { notifier, store, subscription } = await setup();
    await notifier.receiveShipment(outForDelivery());
    expect(await store.listEntries(subscription.id)).toMatchObject([{ status: 'failed', attempts: 1 }]);
  });

  it('holds messages during quiet hours and sends them when the window ends', async () => {
    let calls = 0;
    server.use(
      http.post(hookUrl, () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    // 12:00 UTC is 07:00 in New York: inside 21:00–08:00.
    const { notifier, advance } = await setup({
      quietHours: { start: '21:00', end: '08:00', timeZone: 'America/New_York' },
    });
    await notifier.receiveShipment(outForDelivery());
    expect(calls).toBe(0);
    advance(59 * 60_000);
    expect(await notifier.deliverDue()).toBe(0);
    advance(60_000);
    expect(await notifier.deliverDue()).toBe(1);
    expect(calls).toBe(1);
  });

  it('sends only right-now moments to a `key` subscription', async () => {
    let calls = 0;
    server.use(
      http.post(hookUrl, () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    const { notifier } = await setup();
    const delivered = testShipment();
    await notifier.receiveShipment({
      ...delivered,
      status: { ...delivered.status, milestone: 'delivered' },
      updatedAt: later,
    });
    expect(calls).toBe(0);
  });

  it('cancels a queued message when the shopper unsubscribes before it goes out', async () => {
    server.use(http.post(hookUrl, () => HttpResponse.json({})));
    const { notifier, store, subscription } = await setup({
      quietHours: { start: '00:00', end: '23:59', timeZone: 'UTC' },
    });
    await notifier.receiveShipment(outForDelivery());
    await store.unsubscribe(subscription.id, 0);
    const entries = await store.listEntries(subscription.id);
    await store.update({ ...entries[0]!, nextAttemptAt: 0 });
    await notifier.deliverDue();
    expect(await store.listEntries(subscription.id)).toMatchObject([{ status: 'cancelled', attempts: 0 }]);
  });
});
