import { describe, expect, it } from 'vitest';
import { getAddressKey } from '../getAddressKey.js';

describe('getAddressKey', () => {
  it('keeps IPv4 addresses and unwraps IPv4-mapped IPv6', () => {
    expect(getAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(getAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('cuts IPv6 addresses to their /64 network', () => {
    expect(getAddressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(getAddressKey('2001:DB8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(getAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(getAddressKey('::1')).toBe('0:0:0:0::/64');
  });
});
