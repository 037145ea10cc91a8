import { describe, expect, it } from 'vitest';
import { ALL_CAPABILITIES, NO_CAPABILITIES } from '../../__tests__/sampleReturns.js';
import { getIssueRoute } from '../getIssueRoute.js';

const support = 'https://shop.example/support';

describe('getIssueRoute', () => {
  it('routes to the API by default when the backend takes reports', () => {
    expect(getIssueRoute('damaged', undefined, ALL_CAPABILITIES, support)).toBe('api');
  });

  it('follows the retailer’s routing per type, then its default', () => {
    const callback = () => undefined;
    const routing = { damaged: { url: 'https://shop.example/claims' }, default: { callback } };
    expect(getIssueRoute('damaged', routing, ALL_CAPABILITIES, support)).toEqual({
      url: 'https://shop.example/claims',
    });
    expect(getIssueRoute('late', routing, ALL_CAPABILITIES, support)).toEqual({ callback });
  });

  it('falls back to the support page when the API is asked for but not served', () => {
    expect(getIssueRoute('late', { late: 'api' }, NO_CAPABILITIES, support)).toEqual({ url: support });
    expect(getIssueRoute('late', undefined, null, support)).toEqual({ url: support });
    expect(getIssueRoute('late', undefined, NO_CAPABILITIES)).toBeNull();
  });

  it('ignores links that are not http/https and callbacks that are not functions', () => {
    expect(getIssueRoute('other', { other: { url: 'javascript:alert(1)' } }, ALL_CAPABILITIES)).toBe('api');
    expect(getIssueRoute('other', { other: { callback: 'nope' as never } }, NO_CAPABILITIES, support)).toEqual({
      url: support,
    });
  });
});
