// Test helper (not a test): a redis-server in cluster mode that serves one slot only, the slot of `key`. A script
// that touches a key of any other slot is refused ("non local key"), as a node of a real cluster would refuse it.
// Without `redis-server` on the PATH it is `null` and the tests skip with a message.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { getFreePort } from '../../__tests__/getFreePort.js';

export const redisClusterSkipMessage =
  '[waypost] skipping the Redis Cluster slot tests: no redis-server on the PATH (apt-get install redis-server)';

/** A cluster node: a client factory and `stop`, which ends the server and removes its files. */
export interface TestRedisClusterNode {
  connect(): Redis;
  stop(): Promise<void>;
}

/** Starts a cluster node serving the slot of `key` alone; `null` when there is no `redis-server`. */
export async function startRedisClusterNode(key: string): Promise<TestRedisClusterNode | null> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    if (process.env.CI) throw new Error('[waypost] CI must provide redis-server for the Redis Cluster slot tests');
    return null;
  }
  const dir = await mkdtemp(join(tmpdir(), 'waypost-cluster-'));
  const port = await getFreePort();
  const server: ChildProcess = spawn(
    'redis-server',
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      ...['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, 'nodes.conf')],
      ...['--cluster-require-full-coverage', 'no'],
    ],
    { stdio: 'ignore' },
  );
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  };
  const stop = async () => {
    await Promise.all(clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())));
    server.kill();
    await rm(dir, { recursive: true, force: true });
  };
  const admin = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  admin.on('error', () => {});
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.connect();
        break;
      } catch (error) {
        if (attempt > 100) throw error;
        admin.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await admin.call('CLUSTER', 'ADDSLOTS', String(await admin.call('CLUSTER', 'KEYSLOT', key)));
    for (let attempt = 0; !String(await admin.call('CLUSTER', 'INFO')).includes('cluster_state:ok'); attempt += 1) {
      if (attempt > 100) throw new Error('[waypost] the Redis Cluster test node did not come up');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    admin.disconnect();
  }
  return { connect, stop };
}
