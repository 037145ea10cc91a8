import { afterEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../embed/VERSION.js';
import { RUNTIME_KEY, runtime } from '../../features/publishRuntime.js';
import { loadStreamWatch } from '../importStreamWatchFromUrl.js';
import { loadLiveWatch } from '../loadLiveWatchFromUrl.js';

describe('loadLiveWatch (script tag)', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[RUNTIME_KEY];
  });

  it('is the load of live.js the client’s own watch waits on, with the runtime it runs on published first', async () => {
    const loading = loadLiveWatch();
    expect(loadStreamWatch()).toBe(loading);
    expect((globalThis as unknown as Record<symbol, Record<string, unknown>>)[RUNTIME_KEY]?.[VERSION]).toBe(runtime);
    // This test's runtime cannot import `live.js` by URL.
    await expect(loading).rejects.toThrow();
  });
});
