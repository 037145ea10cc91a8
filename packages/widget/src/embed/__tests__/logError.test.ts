import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssetLoadError } from '../AssetLoadError.js';
import { logError } from '../logError.js';

describe('logError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes one [waypost] line: the message naming the file, then the cause', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cause = new TypeError('Failed to fetch dynamically imported module');
    logError(new AssetLoadError('features', 'result', { url: 'https://cdn.example/w/result.js', cause }));
    expect(warn.mock.calls).toEqual([
      ['[waypost] could not load the "result" module from https://cdn.example/w/result.js', cause],
    ]);
  });

  it('writes an empty second part for an error without a cause', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    logError(new AssetLoadError('theme', 'glitter'));
    expect(warn.mock.calls).toEqual([['[waypost] could not load the "glitter" theme', '']]);
  });
});
