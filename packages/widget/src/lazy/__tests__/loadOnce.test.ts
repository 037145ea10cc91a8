import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../loadOnce.js';

describe('loadOnce', () => {
  it('loads once per key for every caller, and forgets a failed load so the next call tries again', async () => {
    const cache = new Map<string, Promise<string>>();
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('ok');
    const first = loadOnce(cache, 'a', load);
    expect(loadOnce(cache, 'a', load)).toBe(first);
    await expect(first).rejects.toThrow('offline');
    const second = loadOnce(cache, 'a', load);
    expect(second).not.toBe(first);
    await expect(second).resolves.toBe('ok');
    expect(loadOnce(cache, 'a', load)).toBe(second);
    expect(load).toHaveBeenCalledTimes(2);
    await expect(loadOnce(cache, 'b', load)).resolves.toBe('ok');
    expect(load).toHaveBeenCalledTimes(3);
  });
});
