import { describe, expect, it } from 'vitest';
import { checkRateLimit } from '../checkRateLimit.js';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore.js';

const rule = { limit: 3, windowMs: 60_000 };
const start = 1_000 * 60_000; // the start of a window

async function hits(count: number, now: number, store = createMemoryRateLimitStore()) {
  const verdicts = [];
  for (let index = 0; index < count; index += 1) verdicts.push(await checkRateLimit(store, 'k', rule, now));
  return { verdicts, store };
}

describe('checkRateLimit', () => {
  it('allows up to the limit and refuses the next request with a wait', async () => {
    const { verdicts } = await hits(4, start + 1_000);
    expect(verdicts.slice(0, 3).every((verdict) => verdict.allowed)).toBe(true);
    expect(verdicts[3]).toEqual({ allowed: false, retryAfter: expect.any(Number) });
    if (!verdicts[3]!.allowed) expect(verdicts[3]!.retryAfter).toBeGreaterThanOrEqual(59);
  });

  it('slides: the previous window still weighs at the start of the next one', async () => {
    const { store } = await hits(3, start + 59_000);
    // 1 s into the next window, the previous 3 hits still count almost fully.
    expect(await checkRateLimit(store, 'k', rule, start + 61_000)).toMatchObject({ allowed: false });
    // Late in that window their weight has faded.
    expect(await checkRateLimit(store, 'k', rule, start + 110_000)).toEqual({ allowed: true });
  });

  it('forgets everything two windows later', async () => {
    const { store } = await hits(10, start);
    expect(await checkRateLimit(store, 'k', rule, start + 120_000)).toEqual({ allowed: true });
  });

  it('tells a wait after which a request really is allowed', async () => {
    const store = createMemoryRateLimitStore();
    let now = start + 30_000;
    for (let index = 0; index < 3; index += 1) await checkRateLimit(store, 'k', rule, now);
    const refused = await checkRateLimit(store, 'k', rule, now);
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    now += refused.retryAfter * 1000;
    expect(await checkRateLimit(store, 'k', rule, now)).toEqual({ allowed: true });
  });

  it('counts keys separately', async () => {
    const { store } = await hits(3, start);
    expect(await checkRateLimit(store, 'other', rule, start)).toEqual({ allowed: true });
  });
});
