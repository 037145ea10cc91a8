import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore.js';

describe('createMemoryRateLimitStore', () => {
  it('keeps at most maxKeys keys, evicting stale ones, then the least recently hit', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 3 });
    await store.hit('old', 1_000, 0);
    await store.hit('a', 1_000, 5_000);
    await store.hit('b', 1_000, 5_000);
    await store.hit('c', 1_000, 5_000); // sweeps 'old' (two windows stale)
    expect(store.size).toBe(3);
    await store.hit('a', 1_000, 5_001); // 'a' is now the most recent
    await store.hit('d', 1_000, 5_002); // evicts 'b', the least recently hit
    expect(store.size).toBe(3);
    expect((await store.hit('a', 1_000, 5_003)).count).toBe(3);
    expect((await store.hit('b', 1_000, 5_003)).count).toBe(1);
  });

  it('stays bounded under a flood of distinct keys', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 100 });
    for (let index = 0; index < 10_000; index += 1) await store.hit(`addr-${index}`, 60_000, 0);
    expect(store.size).toBeLessThanOrEqual(100);
  });
});
