import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClientAddressGetter } from '../createClientAddressGetter.js';
import { rememberClientAddress } from '../rememberClientAddress.js';

describe('createClientAddressGetter', () => {
  const request = (headers: Record<string, string>) => new Request('https://shop.example/', { headers });
  const forged = { 'CF-Connecting-IP': '198.51.100.1', 'X-Forwarded-For': '203.0.113.9, 10.0.0.1' };
  afterEach(() => vi.restoreAllMocks());

  it('reads the one configured header and nothing else', () => {
    expect(createClientAddressGetter('cf-connecting-ip')(request(forged))).toBe('198.51.100.1');
    expect(createClientAddressGetter('CF-Connecting-IP')(request({ 'X-Forwarded-For': '203.0.113.9' }))).toBe(
      'unknown',
    );
  });

  it('takes the last X-Forwarded-For entry, the one the proxy appended', () => {
    expect(createClientAddressGetter('x-forwarded-for')(request(forged))).toBe('10.0.0.1');
  });

  it('takes the for= of the last Forwarded element, unquoted, the one the proxy appended', () => {
    const getter = createClientAddressGetter('Forwarded');
    expect(getter(request({ Forwarded: 'for=192.0.2.60;proto=http;by=203.0.113.43' }))).toBe('192.0.2.60');
    expect(
      getter(
        request({ Forwarded: 'for=198.51.100.9;by="[2001:db8::9]:80", proto=https;For="[2001:db8:cafe::17]:4711"' }),
      ),
    ).toBe('[2001:db8:cafe::17]:4711');
    // A comma inside a quoted value does not start an element; escapes are undone.
    expect(getter(request({ Forwarded: 'for=198.51.100.9, by="a,b";for="203.0.113.\\7:80"' }))).toBe('203.0.113.7:80');
    expect(getter(request({ Forwarded: 'for=198.51.100.9, proto=https' }))).toBe('unknown');
  });

  it('ignores every header without configuration and warns at most once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const getter = createClientAddressGetter();
    expect(getter(request(forged))).toBe('unknown');
    expect(getter(request(forged))).toBe('unknown');
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    for (const [message] of warn.mock.calls) expect(String(message)).toMatch(/^\[waypost\] /);
  });

  it('uses the socket peer an adapter recorded, unless a header is configured', () => {
    const withPeer = request(forged);
    rememberClientAddress(withPeer, '192.0.2.44');
    expect(createClientAddressGetter()(withPeer)).toBe('192.0.2.44');
    expect(createClientAddressGetter('cf-connecting-ip')(withPeer)).toBe('198.51.100.1');
  });

  it('refuses an empty header name', () => {
    expect(() => createClientAddressGetter(' ')).toThrow(TypeError);
  });
});
