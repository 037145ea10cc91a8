import { describe, expect, it } from 'vitest';
import { createClientAddressGetter } from '../createClientAddressGetter.js';
import { rememberClientAddress } from '../rememberClientAddress.js';

describe('createClientAddressGetter', () => {
  const request = (headers: Record<string, string>) => new Request('https://shop.example/', { headers });

  it('reads CF-Connecting-IP, and X-Forwarded-For only with trustProxy', () => {
    const headers = { 'CF-Connecting-IP': '198.51.100.1', 'X-Forwarded-For': '203.0.113.9, 10.0.0.1' };
    expect(createClientAddressGetter(false)(request(headers))).toBe('198.51.100.1');
    expect(createClientAddressGetter(false)(request({ 'X-Forwarded-For': '203.0.113.9' }))).toBe('unknown');
    expect(createClientAddressGetter(true)(request({ 'X-Forwarded-For': '203.0.113.9, 10.0.0.1' }))).toBe(
      '203.0.113.9',
    );
  });

  it('prefers the socket peer over forgeable headers when an adapter recorded it', () => {
    const forged = request({ 'CF-Connecting-IP': '198.51.100.1', 'X-Forwarded-For': '203.0.113.9' });
    rememberClientAddress(forged, '192.0.2.44');
    expect(createClientAddressGetter(false)(forged)).toBe('192.0.2.44');
    expect(createClientAddressGetter(true)(forged)).toBe('198.51.100.1');
  });
});
