import { parseIpv4 } from './parseIpv4.js';

const hexGroup = /^[0-9a-f]{1,4}$/i;

function readGroups(part: string): number[] | null {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    // RFC 4291 2.2: dotted IPv4 may stand for the last 32 bits (`::ffff:203.0.113.7`).
    const octets = index === pieces.length - 1 && piece.includes('.') ? parseIpv4(piece) : undefined;
    if (octets) groups.push(((octets[0]! << 8) | octets[1]!) >>> 0, ((octets[2]! << 8) | octets[3]!) >>> 0);
    else if (octets === undefined && hexGroup.test(piece)) groups.push(Number.parseInt(piece, 16));
    else return null;
  }
  return groups;
}

/**
 * The eight 16-bit groups of an IPv6 address in any RFC 4291 spelling (`2001:db8::1`, `2001:0DB8:0:0:0:0:0:1`,
 * `::ffff:203.0.113.7`), or `null` for anything else. No brackets, port or zone: the caller removes those.
 *
 * @example parseIpv6('2001:db8::1') // [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]
 * @example parseIpv6('2001:db8::1::2') // null
 */
export function parseIpv6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = readGroups(halves[0]!);
  const tail = halves.length === 2 ? readGroups(halves[1]!) : [];
  if (!head || !tail) return null;
  // An IPv4 tail is only allowed at the very end.
  if (halves.length === 2 && halves[0]!.includes('.')) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  // `::` stands for at least one group of zeros.
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}
