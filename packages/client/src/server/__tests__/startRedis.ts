// Test helper (not a test): a real redis-server for the scale-out tests. CI starts one and sets WAYPOST_REDIS_URL;
// locally a `redis-server` on the PATH is started on a free loopback port for the test file. Without either the
// tests skip with a message, except in CI, where a missing Redis fails them.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import Redis from 'ioredis';
import { getFreePort } from './getFreePort.js';

export const redisSkipMessage =
  '[waypost] skipping the Redis tests: no WAYPOST_REDIS_URL and no redis-server on the PATH (apt-get install redis-server)';

/** A running Redis: its URL, a client factory, and `stop` (which ends the server only if this helper started it). */
export interface TestRedis {
  url: string;
  connect(): Redis;
  stop(): Promise<void>;
}

/** Finds or starts a Redis; `null` when there is none (never in CI). */
export async function startRedis(): Promise<TestRedis | null> {
  const clients: Redis[] = [];
  const connect = (url: string) => () => {
    const client = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
    clients.push(client);
    return client;
  };
  const closeClients = async () => {
    await Promise.all(clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())));
  };
  const given = process.env.WAYPOST_REDIS_URL;
  if (given) return { url: given, connect: connect(given), stop: closeClients };
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) {
    if (process.env.CI) throw new Error('[waypost] CI must provide Redis: set WAYPOST_REDIS_URL (see .ci/run)');
    return null;
  }
  const port = await getFreePort();
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  for (let attempt = 0; ; attempt += 1) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      probe.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  probe.disconnect();
  return {
    url,
    connect: connect(url),
    async stop() {
      await closeClients();
      server.kill();
    },
  };
}
