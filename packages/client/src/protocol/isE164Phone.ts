import { E164_PATTERN } from './E164_PATTERN.js';

/**
 * True for a phone number in E.164 (`+14155550100`): what `POST /alerts` accepts for `sms`. Drop spaces, dots,
 * dashes and brackets from what a shopper typed before asking.
 *
 * @example isE164Phone('+14155550100') // true
 * @example isE164Phone('415-555-0100') // false
 */
export function isE164Phone(value: string): boolean {
  return E164_PATTERN.test(value);
}
