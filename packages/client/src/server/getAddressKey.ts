/**
 * The rate-limit key of a client address. IPv6 addresses are cut to their /64 network, because one subscriber
 * usually holds a whole /64 and could otherwise rotate through 2^64 addresses; IPv4-mapped IPv6 becomes IPv4.
 *
 * @example getAddressKey('2001:db8:1:2:3:4:5:6') // '2001:db8:1:2::/64'
 * @example getAddressKey('::ffff:203.0.113.7') // '203.0.113.7'
 */
export function getAddressKey(address: string): string {
  const trimmed = address.trim().toLowerCase().slice(0, 64);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  if (mapped?.[1]) return mapped[1];
  if (!trimmed.includes(':')) return trimmed;
  const withoutZone = trimmed.replace(/^\[|\](?::\d+)?$/g, '').split('%')[0] ?? '';
  const [head = '', tail] = withoutZone.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  const network = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''));
  return `${network.join(':')}::/64`;
}
