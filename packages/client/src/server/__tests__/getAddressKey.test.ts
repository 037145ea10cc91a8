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
    expect(getAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('removes the port a proxy wrote after an IPv4 address or a bracketed IPv6 address', () => {
    expect(getAddressKey('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(getAddressKey('203.0.113.7:1')).toBe('203.0.113.7');
    expect(getAddressKey('[2001:db8:1:2::1]:443')).toBe('2001:db8:1:2::/64');
    expect(getAddressKey('[2001:db8:1:2::1]')).toBe('2001:db8:1:2::/64');
    expect(getAddressKey('[::ffff:203.0.113.7]:8080')).toBe('203.0.113.7');
  });

  it('unwraps IPv4-mapped IPv6 written in hexadecimal to the same key as the dotted form', () => {
    for (const mapped of [
      '::ffff:cb00:7107',
      '::FFFF:CB00:7107',
      '0:0:0:0:0:ffff:cb00:7107',
      '0000:0000:0000:0000:0000:ffff:cb00:7107',
      '[::ffff:cb00:7107]:40001',
    ]) {
      expect(getAddressKey(mapped)).toBe('203.0.113.7');
    }
    // Not mapped: a different /96 prefix stays IPv6.
    expect(getAddressKey('::fffe:cb00:7107')).toBe('0:0:0:0::/64');
  });

  it('gives everything that is not an IP address the one key unknown', () => {
    for (const text of [
      'unknown',
      '_hidden',
      '',
      '   ',
      'for=192.0.2.60',
      '"192.0.2.60"',
      '203.0.113.7, 10.0.0.1',
      '203.0.113.7:port',
      '203.0.113',
      '203.0.113.256',
      '203.0.113.07',
      '2001:db8::1::2',
      '1:2:3:4:5:6:7:8:9',
      '2001:db8:1:2::1:443:1:2',
      '[2001:db8::1]:123456',
      'shop.example',
      'x'.repeat(1000),
    ]) {
      expect(getAddressKey(text), text).toBe('unknown');
    }
  });
});
