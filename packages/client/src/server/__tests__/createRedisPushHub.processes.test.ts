import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSecret } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';
import { signHmacBase64 } from './signHmacBase64.js';
import { redisSkipMessage, startRedis } from './startRedis.js';

const redis = await startRedis();
if (!redis) console.warn(redisSkipMessage);
const fixture = 'aftership/v4_node_02_get_tracking_delivered_ups.json';
const present = hasSharedFixture(fixture);
if (!present) console.warn('[waypost] ../shared/fixtures is absent: skipping the two-process push test');
const webhookSecret = 'aftership-webhook-secret';

const sign = (body: string) => signHmacBase64(body, webhookSecret);

function startInstance(script: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n')[0];
      if (output.includes('\n') && line) resolve({ url: line.trim(), child });
    });
    child.once('exit', (code) => reject(new Error(`[waypost] a handler process exited early (${code})`)));
  });
}

describe.skipIf(!redis || !present)('createRedisPushHub across processes', () => {
  const children: ChildProcess[] = [];
  let directory = '';
  let urls: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'waypost-push-'));
    const script = join(directory, 'handler.cjs');
    // Bundled to CommonJS with its dependencies, so it runs from any folder with plain node.
    await build({
      entryPoints: [fileURLToPath(new URL('./redisHandlerProcess.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
      conditions: ['waypost-source'],
    });
    const env = {
      WAYPOST_TEST_REDIS_URL: redis!.url,
      WAYPOST_TEST_CHANNEL: `test:${randomUUID()}`,
      WAYPOST_TEST_SECRET: testSecret,
      WAYPOST_TEST_WEBHOOK_SECRET: webhookSecret,
      WAYPOST_TEST_START: String(Date.parse('2025-03-07T18:30:00Z')),
    };
    const instances = await Promise.all([startInstance(script, env), startInstance(script, env)]);
    children.push(...instances.map((instance) => instance.child));
    urls = instances.map((instance) => instance.url);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    rmSync(directory, { recursive: true, force: true });
    await redis?.stop();
  });

  it('delivers a webhook posted to one instance to a stream held by the other', async () => {
    const [first, second] = urls as [string, string];
    const lookup = await fetch(`${second}/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderNumber: 'W1001', email: 'shopper@example.com' }),
    });
    const { access, order } = (await lookup.json()) as {
      access: { token: string };
      order: { id: string; shipments: Array<{ trackingNumber: string; status: { milestone: string } }> };
    };
    const parcel = order.shipments[0]!;
    expect(parcel.status.milestone).not.toBe('delivered');
    const controller = new AbortController();
    const stream = await fetch(`${second}/stream/order/${encodeURIComponent(order.id)}`, {
      headers: { Authorization: `Bearer ${access.token}` },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    const events = readEvents(stream.body!);
    await events.until(1);

    // A real AfterShip delivery, about this order's parcel. The demo scanned its parcel moments ago and the recording
    // is from 2018, so the delivery scan and the update are restamped to now: a stream takes only fresher states.
    const tracking = (
      readSharedFixture(fixture) as { data: { tracking: { checkpoints: Array<Record<string, unknown>> } } }
    ).data.tracking;
    const now = new Date().toISOString();
    const checkpoints = tracking.checkpoints.map((checkpoint, index, all) =>
      index === all.length - 1 ? { ...checkpoint, checkpoint_time: now } : checkpoint,
    );
    const body = JSON.stringify({
      event: 'tracking_update',
      msg: { ...tracking, tracking_number: parcel.trackingNumber, checkpoints, updated_at: now },
      ts: 1_700_000_000,
    });
    const delivered = await fetch(`${first}/webhooks/aftership`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'aftership-hmac-sha256': await sign(body) },
      body,
    });
    expect(delivered.status).toBe(200);
    const [, update] = await events.until(2);
    const shipment = JSON.parse(update!.data).order.shipments[0];
    expect(shipment.trackingNumber).toBe(parcel.trackingNumber);
    expect(shipment.status.milestone).toBe('delivered');
    controller.abort();
  }, 30_000);
});
