import { unknownClientAddress } from './createClientAddressGetter.js';
import { parseIpv4 } from './parseIpv4.js';
import { parseIpv6 } from './parseIpv6.js';

// `[v6]`, `[v6]:port` (RFC 3986 and RFC 7239 spelling), then `a.b.c.d:port`. A port on an IPv6 address needs the
// brackets: `2001:db8::1:443` is itself an address.
const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/;
const ipv4WithPort = /^([\d.]+):\d{1,5}$/;
// A zone (`fe80::1%eth0`) names the interface of a link-local address; it is not part of the address.
const zone = /%[\w.~-]+$/;

/**
 * The rate-limit key of a client address. A port is removed (`203.0.113.7:51234`, `[2001:db8::1]:443`), as is an
 * IPv6 zone. IPv4 stays as it is. IPv4-mapped IPv6 becomes IPv4, in either spelling (`::ffff:203.0.113.7`,
 * `::ffff:cb00:7107`). Other IPv6 addresses are cut to their /64 network, because one subscriber usually holds a
 * whole /64 and could otherwise rotate through 2^64 addresses.
 *
 * Anything that is not an IP address (`unknown`, an RFC 7239 obfuscated `_hidden`, a header holding something
 * else) is the one key `unknown`, shared by every such request and limited like any other: never a key of its own,
 * which a client could vary to get a fresh budget each time.
 *
 * @example getAddressKey('2001:db8:1:2:3:4:5:6') // '2001:db8:1:2::/64'
 * @example getAddressKey('203.0.113.7:51234') // '203.0.113.7'
 * @example getAddressKey('::ffff:cb00:7107') // '203.0.113.7'
 * @example getAddressKey('not an address') // 'unknown'
 */
export function getAddressKey(address: string): string {
  const text = address.trim();
  const host = bracketed.exec(text)?.[1] ?? ipv4WithPort.exec(text)?.[1] ?? text;
  const ipv4 = parseIpv4(host);
  if (ipv4) return ipv4.join('.');
  const groups = parseIpv6(host.replace(zone, ''));
  if (!groups) return unknownClientAddress;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
