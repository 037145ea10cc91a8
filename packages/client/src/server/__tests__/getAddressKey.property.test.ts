import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAddressKey } from '../getAddressKey.js';

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((octets) => octets.join('.'));
const port = fc.integer({ min: 0, max: 65_535 });
const group = fc.integer({ min: 0, max: 0xffff });
const groups = fc.array(group, { minLength: 8, maxLength: 8 });
const hex = (value: number) => value.toString(16);
// The shapes a key can take: dotted IPv4, an IPv6 /64, or the shared `unknown`.
const keyShape = /^(?:unknown|\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){3}::\/64)$/;

// Writes eight groups in one of the spellings RFC 4291 allows: full, zero-padded, or with one run of zeros as `::`.
function spell(values: number[], style: 'full' | 'padded' | 'compressed', upper: boolean): string {
  let text: string;
  if (style === 'full') text = values.map(hex).join(':');
  else if (style === 'padded') text = values.map((value) => hex(value).padStart(4, '0')).join(':');
  else {
    let best = { start: -1, length: 0 };
    for (let start = 0; start < 8; start += 1) {
      let length = 0;
      while (start + length < 8 && values[start + length] === 0) length += 1;
      if (length > best.length) best = { start, length };
    }
    if (best.length < 2) text = values.map(hex).join(':');
    else {
      const head = values.slice(0, best.start).map(hex).join(':');
      const tail = values
        .slice(best.start + best.length)
        .map(hex)
        .join(':');
      text = `${head}::${tail}`;
    }
  }
  return upper ? text.toUpperCase() : text;
}

describe('getAddressKey', () => {
  it('gives every spelling of one address the same key: port, brackets, zone, IPv4 mapped, case, zero padding', () => {
    fc.assert(
      fc.property(ipv4, port, (address, portNumber) => {
        const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number];
        const mappedHex = `::ffff:${hex((a << 8) | b)}:${hex((c << 8) | d)}`;
        for (const spelling of [
          address,
          `${address}:${portNumber}`,
          `::ffff:${address}`,
          `[::ffff:${address}]:${portNumber}`,
          mappedHex,
          `[${mappedHex.toUpperCase()}]:${portNumber}`,
        ]) {
          expect(getAddressKey(spelling)).toBe(address);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        groups,
        fc.constantFrom('full' as const, 'padded' as const, 'compressed' as const),
        fc.boolean(),
        port,
        (values, style, upper, portNumber) => {
          // IPv4-mapped addresses are the one exception (above).
          fc.pre(!(values.slice(0, 5).every((value) => value === 0) && values[5] === 0xffff));
          const expected = `${values.slice(0, 4).map(hex).join(':')}::/64`;
          const text = spell(values, style, upper);
          expect(getAddressKey(text)).toBe(expected);
          expect(getAddressKey(`[${text}]:${portNumber}`)).toBe(expected);
          expect(getAddressKey(`${text}%eth0`)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never turns arbitrary text into a key of its own', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.[]%, _-"') }),
      fc.tuple(ipv4, fc.string()).map(([address, suffix]) => `${address}:${suffix}`),
      fc.ipV6().map((address) => `${address}:${address}`),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(getAddressKey(value)).toMatch(keyShape);
      }),
      { numRuns: 2_000 },
    );
  });
});
