import { describe, expect, it } from 'vitest';
import { loadStreamWatch } from '../loadStreamWatch.js';

describe('loadStreamWatch', () => {
  it('loads the stream watch once for the watches that wait together, so they resume in one task', async () => {
    const first = loadStreamWatch();
    expect(loadStreamWatch()).toBe(first);
    await expect(first).resolves.toHaveProperty('createStreamWatch');
    await expect(first).resolves.toHaveProperty('createWatchHub');
    expect(loadStreamWatch()).toBe(first);
  });
});
