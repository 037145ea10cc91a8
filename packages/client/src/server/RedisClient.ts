/**
 * The few commands Waypost sends to Redis, as `ioredis` (≥ 5) names them; Waypost never imports a Redis client
 * itself, you pass yours. Everything but publishing runs as Lua through `eval`, so each step is atomic and one
 * round trip. Keys use hash tags (`{…}`), so the commands also work on Redis Cluster.
 */
export interface RedisClient {
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
}

/** A Redis connection in subscriber mode (with ioredis: `redis.duplicate()`); it can run nothing else. */
export interface RedisSubscriber {
  subscribe(channel: string): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  on(event: 'message', listener: (channel: string, message: string) => void): unknown;
  off(event: 'message', listener: (channel: string, message: string) => void): unknown;
}
