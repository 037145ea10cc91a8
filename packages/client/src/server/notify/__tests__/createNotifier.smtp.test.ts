import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestSource, testSecret } from '../../__tests__/createTestSource.js';
import { hasSharedFixture, readSharedFixture } from '../../__tests__/readSharedFixture.js';
import { postJson, readJson } from '../../__tests__/requests.js';
import { signHmacBase64 } from '../../__tests__/signHmacBase64.js';
import { composeSources } from '../../compose/composeSources.js';
import { createHandler } from '../../createHandler.js';
import { createNotifier } from '../createNotifier.js';
import { createSmtpChannel } from '../createSmtpChannel.js';
import { createTempStore, hasSqlite } from './createTempStore.js';
import { startSmtpServer, type TestSmtpServer } from './startSmtpServer.js';

const fixture = 'aftership/v4_2014_01_delivered_ups_IN-US.json';
const available = hasSharedFixture(fixture) && hasSqlite;
if (!hasSharedFixture(fixture)) console.warn('[waypost] ../shared/fixtures is absent: skipping the alert e2e tests');
const webhookSecret = 'aftership-webhook-secret';

type Tracking = Record<string, unknown> & { tracking_number: string; checkpoints: Array<{ tag: string }> };

// The real UPS tracking, cut back to the moment a scan with `tag` was its newest: what AfterShip sent back then.
function trackingAt(tag: string, extra: Record<string, unknown> = {}): Tracking {
  const tracking = (readSharedFixture(fixture) as { data: { tracking: Tracking } }).data.tracking;
  const index = tracking.checkpoints.findIndex((checkpoint) => checkpoint.tag === tag);
  return { ...tracking, tag, active: true, checkpoints: tracking.checkpoints.slice(0, index + 1), ...extra };
}

const sign = (body: string) => signHmacBase64(body, webhookSecret);

// mailparser folds List-* headers into one object; the raw line is what mail apps read.
const rawHeader = (mail: ParsedMail, name: string) => mail.headerLines.find((line) => line.key === name)?.line;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(locale: string): Promise<{
  smtp: TestSmtpServer;
  deliver(tracking: Tracking): Promise<Response>;
  handler: (request: Request) => Promise<Response>;
}> {
  const smtp = await startSmtpServer();
  cleanups.push(() => smtp.close());
  const temp = await createTempStore();
  cleanups.push(() => temp.remove());
  // The store's copy of the parcel AfterShip tracks: shipped, without scans of its own (the test source's scan is
  // dated after the recorded tracking, which would make every recorded update stale).
  const source = createTestSource(['subscribeAlerts']);
  Object.assign(source.orders.get('ord_1')!.shipments[0]!, {
    trackingNumber: trackingAt('InTransit').tracking_number,
    events: [],
  });
  const notifier = createNotifier({
    store: temp.store,
    secret: testSecret,
    publicUrl: 'https://shop.example/api/waypost',
    channels: {
      email: createSmtpChannel({
        transport: { host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true },
        from: 'orders@shop.example',
      }),
    },
  });
  const handler = createHandler({
    source: composeSources({ orders: source, alerts: notifier }),
    secret: testSecret,
    notifier,
    rateLimit: false,
    basePath: '/api/waypost',
    webhooks: { aftership: { secret: webhookSecret } },
  });
  const lookup = await handler(postJson('/api/waypost/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const alert = await handler(
    postJson(
      '/api/waypost/alerts',
      {
        kind: 'order',
        id: 'ord_1',
        channel: 'email',
        address: 'shopper@example.com',
        milestones: 'all',
        consentText: 'Email me about this order',
      },
      { Authorization: `Bearer ${token}`, 'Accept-Language': locale },
    ),
  );
  expect(alert.status).toBe(201);
  const deliver = async (tracking: Tracking) => {
    const body = JSON.stringify({ event: 'tracking_update', msg: tracking, ts: 1_700_000_000 });
    return handler(postJson('/api/waypost/webhooks/aftership', body, { 'aftership-hmac-sha256': await sign(body) }));
  };
  return { smtp, deliver, handler };
}

describe.skipIf(!available)('createNotifier over SMTP', () => {
  it('sends exactly one email in the shopper’s language when a webhook moves the parcel to out for delivery', async () => {
    const { smtp, deliver } = await setup('de-DE');
    expect((await deliver(trackingAt('InTransit'))).status).toBe(200);
    expect(smtp.inbox).toHaveLength(0);
    expect((await deliver(trackingAt('OutForDelivery'))).status).toBe(200);
    expect(smtp.inbox).toHaveLength(1);
    const [mail] = smtp.inbox;
    expect(mail!.subject).toBe('Ihr Paket ist in Zustellung');
    expect(mail!.text).toContain('1ZA2207X6791425225');
    expect(mail!.headers.get('content-language')).toBe('de-DE');
    expect(rawHeader(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect((mail!.to as { text: string }).text).toBe('shopper@example.com');
  });

  it('sends nothing for a replayed webhook', async () => {
    const { smtp, deliver } = await setup('en');
    await deliver(trackingAt('OutForDelivery'));
    await deliver(trackingAt('OutForDelivery'));
    await deliver(trackingAt('OutForDelivery'));
    expect(smtp.inbox.map((mail) => mail.subject)).toEqual(['Your parcel is out for delivery']);
  });

  it('sends nothing for another carrier’s parcel under the same number, or for an older update replayed later', async () => {
    const { smtp, deliver } = await setup('en');
    // AfterShip also tracks the number under a courier it guessed wrongly: that tracking is not the shopper's parcel.
    expect((await deliver(trackingAt('OutForDelivery', { slug: 'fedex' }))).status).toBe(200);
    expect(smtp.inbox).toHaveLength(0);
    const first = { type: 'specific', datetime: '2014-05-09' };
    const early = trackingAt('InTransit', { first_estimated_delivery: first, latest_estimated_delivery: first });
    await deliver(early);
    const moved = { type: 'specific', datetime: '2014-05-12', revise_reason: 'extreme_weather' };
    await deliver(
      trackingAt('InTransit', {
        first_estimated_delivery: first,
        latest_estimated_delivery: moved,
        updated_at: '2014-07-18T09:04:49+00:00',
      }),
    );
    // The first delivery, captured and sent again: the estimate it carries is not news, and not a move earlier.
    expect((await deliver(early)).status).toBe(200);
    expect(smtp.inbox.map((mail) => mail.subject)).toEqual(['Your parcel is delayed']);
  });

  it('stops sending after the email’s unsubscribe link is posted to the handler', async () => {
    const { smtp, deliver, handler } = await setup('en');
    await deliver(trackingAt('OutForDelivery'));
    const url = /https:\/\/shop\.example\/api\/waypost\/unsubscribe\/\S+/.exec(smtp.inbox[0]!.text ?? '')?.[0];
    expect(url).toBeDefined();
    expect(rawHeader(smtp.inbox[0]!, 'list-unsubscribe')?.replace(/\r?\n\s+/g, '')).toContain(`<${url}>`);
    const confirm = await handler(new Request(url!));
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('<form method="post">');
    const done = await handler(new Request(url!, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
    expect(done.status).toBe(200);
    await deliver(trackingAt('Delivered'));
    expect(smtp.inbox).toHaveLength(1);
  });

  it('refuses an unsubscribe link whose signature was tampered with', async () => {
    const { smtp, deliver, handler } = await setup('en');
    await deliver(trackingAt('OutForDelivery'));
    const url = /https:\/\/shop\.example\/\S+/.exec(smtp.inbox[0]!.text ?? '')![0];
    const tampered = url.slice(0, -2) + (url.endsWith('AA') ? 'BB' : 'AA');
    expect((await handler(new Request(tampered, { method: 'POST' }))).status).toBe(404);
    await deliver(trackingAt('Delivered'));
    expect(smtp.inbox).toHaveLength(2);
  });

  it('sends one delay message naming the reason when the ETA moves later', async () => {
    const { smtp, deliver } = await setup('de');
    const first = { type: 'specific', datetime: '2014-05-09' };
    await deliver(trackingAt('InTransit', { first_estimated_delivery: first, latest_estimated_delivery: first }));
    expect(smtp.inbox).toHaveLength(0);
    const moved = { type: 'specific', datetime: '2014-05-12', revise_reason: 'extreme_weather' };
    // A revised estimate without a new scan: AfterShip's updated_at is what moves (an hour past the recorded one).
    const delayed = trackingAt('InTransit', {
      first_estimated_delivery: first,
      latest_estimated_delivery: moved,
      updated_at: '2014-07-18T09:04:49+00:00',
    });
    await deliver(delayed);
    await deliver(delayed);
    expect(smtp.inbox).toHaveLength(1);
    expect(smtp.inbox[0]!.subject).toBe('Ihr Paket verspätet sich');
    expect(smtp.inbox[0]!.text).toContain('Grund: Wetter.');
    expect(smtp.inbox[0]!.text).toContain('12. Mai');
  });
});
