import { describe, expect, it } from 'vitest';
import { createLiveWatch } from '../../state/createLiveWatch.js';
import { loadLiveWatch } from '../loadLiveWatch.js';

describe('loadLiveWatch', () => {
  it('loads the live watch once for every watch that waits for it', async () => {
    const first = loadLiveWatch();
    expect(loadLiveWatch()).toBe(first);
    expect((await first).createLiveWatch).toBe(createLiveWatch);
  });
});
