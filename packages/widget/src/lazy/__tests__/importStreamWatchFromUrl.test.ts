import { afterEach, describe, expect, it } from 'vitest';
import { RUNTIME_KEY } from '../../features/publishRuntime.js';
import { loadStreamWatch } from '../importStreamWatchFromUrl.js';

describe('loadStreamWatch (script tag)', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[RUNTIME_KEY];
  });

  it('loads live.js once for the watches that wait together, and forgets a failed load so the next watch retries', async () => {
    const first = loadStreamWatch();
    expect(loadStreamWatch()).toBe(first);
    // This test's runtime cannot import `live.js` by URL: the load fails, and the next call starts a new one.
    await expect(first).rejects.toThrow();
    const next = loadStreamWatch();
    expect(next).not.toBe(first);
    await expect(next).rejects.toThrow();
  });
});
