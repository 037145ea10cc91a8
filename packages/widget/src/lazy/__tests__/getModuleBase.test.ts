import { afterEach, describe, expect, it } from 'vitest';
import { getDefaultAssetsUrl, setDefaultAssetsUrl } from '../../i18n/assetsUrl.js';
import { getModuleBase } from '../getModuleBase.js';

const saved = getDefaultAssetsUrl();
const page = 'https://shop.example/account/orders';

describe('getModuleBase', () => {
  afterEach(() => setDefaultAssetsUrl(saved));

  it('takes the instance’s assetsUrl first, resolved against the page', () => {
    setDefaultAssetsUrl('https://cdn.example/waypost/0.1.0/');
    expect(getModuleBase('/static/waypost/', page)).toBe('https://shop.example/static/waypost/');
  });

  it('falls back to the script tag’s folder, then to the page’s own', () => {
    setDefaultAssetsUrl('https://cdn.example/waypost/0.1.0/');
    expect(getModuleBase(undefined, page)).toBe('https://cdn.example/waypost/0.1.0/');
    setDefaultAssetsUrl(undefined);
    expect(getModuleBase(undefined, page)).toBe('https://shop.example/account/');
  });
});
