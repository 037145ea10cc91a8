import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore.js';

type IteratorMethod = (this: Map<unknown, unknown>) => IterableIterator<unknown>;
const iteratorMethods = ['entries', 'keys', 'values', Symbol.iterator] as const;
const originals = new Map(iteratorMethods.map((name) => [name, Map.prototype[name] as IteratorMethod]));

// Counts every Map element any code steps over, to check the amount of work per hit without timing anything.
function countMapSteps(): { readonly steps: number } {
  const counter = { steps: 0 };
  for (const [name, original] of originals) {
    Object.defineProperty(Map.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: Map<unknown, unknown>) {
        const iterator = original.call(this);
        const next = iterator.next.bind(iterator);
        return Object.assign(iterator, {
          next: () => {
            counter.steps += 1;
            return next();
          },
        });
      },
    });
  }
  return counter;
}

afterEach(() => {
  for (const [name, original] of originals) {
    Object.defineProperty(Map.prototype, name, { configurable: true, writable: true, value: original });
  }
});

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

  it('never lets keys of one rule evict the keys of another', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 50 });
    for (let index = 0; index < 20; index += 1) await store.hit('waypost:perOrder:w1001', 900_000, 0);
    for (let index = 0; index < 5_000; index += 1) await store.hit(`waypost:other:10.0.${index}`, 60_000, 1);
    expect((await store.hit('waypost:perOrder:w1001', 900_000, 2)).count).toBe(21);
  });

  it('looks at a constant number of keys for each new key once it is full', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 2_000 });
    for (let index = 0; index < 2_000; index += 1) await store.hit(`waypost:other:a${index}`, 60_000, 0);
    const counter = countMapSteps();
    for (let index = 0; index < 100; index += 1) await store.hit(`waypost:other:b${index}`, 60_000, 1);
    expect(counter.steps).toBeLessThanOrEqual(100 * 4);
    expect(store.size).toBe(2_000);
  });

  it('drops stale keys as new ones arrive, without waiting to be full', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 1_000 });
    for (let index = 0; index < 100; index += 1) await store.hit(`waypost:lookup:a${index}`, 1_000, 0);
    for (let index = 0; index < 100; index += 1) await store.hit(`waypost:lookup:b${index}`, 1_000, 10_000);
    expect(store.size).toBe(100);
  });
});
