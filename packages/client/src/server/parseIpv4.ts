/**
 * The four octets of a dotted-decimal IPv4 address (`203.0.113.7`), or `null` for anything else. Strict, as
 * `inet_pton` is: exactly four decimal parts from 0 to 255, without leading zeros (which some parsers read as
 * octal), signs or spaces.
 *
 * @example parseIpv4('203.0.113.7') // [203, 0, 113, 7]
 * @example parseIpv4('203.0.113.07') // null
 */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^(?:0|[1-9]\d{0,2})$/.test(part) ? Number(part) : Number.NaN));
  return octets.every((octet) => octet <= 255) ? octets : null;
}
