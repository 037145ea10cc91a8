import { describe, expect, it } from 'vitest';
import { AssetLoadError } from '../AssetLoadError.js';
import { toAssetError } from '../toAssetError.js';

describe('toAssetError', () => {
  it('keeps the loader’s own AssetLoadError, which knows the URL', () => {
    const own = new AssetLoadError('features', 'result', { url: 'https://cdn.example/w/result.js' });
    expect(toAssetError('features', 'result', own)).toBe(own);
  });

  it('wraps any other failure, naming the part and keeping the failure as its cause', () => {
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const error = toAssetError('features', 'records', cause);
    expect(error).toBeInstanceOf(AssetLoadError);
    expect(error).toMatchObject({ code: 'features_unavailable', id: 'records', cause, url: undefined });
    expect(error.message).toBe('[waypost] could not load the "records" module');
  });
});
