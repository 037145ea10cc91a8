import { afterEach, describe, expect, it, vi } from 'vitest';
import { getStreamLimit } from '../getStreamLimit.js';

const base = 'https://shop.example/apps/waypost';

/** Resource Timing as the runtime reports it: these entries and no others. */
const timing = (...entries: { name: string; nextHopProtocol: string }[]) =>
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue(entries as never);

describe('getStreamLimit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('allows four streams over HTTP/1.1', () => {
    timing({ name: `${base}/lookup`, nextHopProtocol: 'http/1.1' });
    expect(getStreamLimit(undefined, base)).toBe(4);
  });

  it('allows 32 once the endpoint’s origin answered over HTTP/2 or HTTP/3', () => {
    timing({ name: 'https://shop.example/products/1.jpg', nextHopProtocol: 'h2' });
    expect(getStreamLimit(undefined, base)).toBe(32);
    timing({ name: `${base}/lookup`, nextHopProtocol: 'h3' });
    expect(getStreamLimit(undefined, base)).toBe(32);
  });

  it('keeps to four when only other origins answered over HTTP/2, or no protocol is reported', () => {
    timing(
      { name: 'https://cdn.example/waypost.js', nextHopProtocol: 'h2' },
      { name: 'https://shop.example.evil/x', nextHopProtocol: 'h2' },
      { name: `${base}/lookup`, nextHopProtocol: '' },
    );
    expect(getStreamLimit(undefined, base)).toBe(4);
  });

  it('keeps to four where the runtime has no Resource Timing', () => {
    vi.stubGlobal('performance', undefined);
    expect(getStreamLimit(undefined, base)).toBe(4);
    vi.unstubAllGlobals();
  });

  it('takes the caller’s maxStreams whatever the protocol', () => {
    timing({ name: `${base}/lookup`, nextHopProtocol: 'h2' });
    expect(getStreamLimit(2, base)).toBe(2);
    expect(getStreamLimit(0, base)).toBe(0);
  });
});
