// Test helper (not a test): one handler instance as its own process, as a deployment runs several. It is bundled
// with esbuild and started by createRedisPushHub.processes.test.ts; it prints its URL, then serves until killed.
import Redis from 'ioredis';
import { createHandler, createRedisPushHub, createRedisRateLimitStore, demoSource, serveNode } from '../../server.js';

async function main(): Promise<void> {
  const env = process.env as Record<string, string>;
  const redis = new Redis(env.WAYPOST_TEST_REDIS_URL!);
  const push = createRedisPushHub({ redis, subscriber: redis.duplicate(), channel: env.WAYPOST_TEST_CHANNEL });
  await push.ready;
  const handler = createHandler({
    source: demoSource({ now: () => new Date(Number(env.WAYPOST_TEST_START)), seed: 1 }),
    secret: env.WAYPOST_TEST_SECRET!,
    push,
    webhooks: { aftership: { secret: env.WAYPOST_TEST_WEBHOOK_SECRET! } },
    rateLimit: { store: createRedisRateLimitStore({ redis, prefix: `${env.WAYPOST_TEST_CHANNEL}:rl:` }) },
    pingIntervalMs: 200,
  });
  const server = await serveNode(handler);
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => {
    void server.close().finally(() => process.exit(0));
  });
}

void main();
