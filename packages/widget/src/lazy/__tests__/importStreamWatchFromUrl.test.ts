import { describe, expect, it } from 'vitest';
import { loadStreamWatch } from '../importStreamWatchFromUrl.js';

describe('loadStreamWatch (script tag)', () => {
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
