/**
 * Translates AfterShip's `latest_estimated_delivery.revise_reason` into the model's stable reason codes
 * (`weather`, `customs`, `address_issue`, `carrier_delay`, `recalculated`, `unknown`), keeping AfterShip's words
 * as the text.
 *
 * @example mapAfterShipReviseReason('extreme_weather') // { code: 'weather', text: 'Extreme weather' }
 */
export function mapAfterShipReviseReason(reason: string | undefined): { code: string; text: string } {
  if (!reason) return { code: 'unknown', text: '' };
  const words = reason.replace(/[_-]+/g, ' ').trim();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  if (/weather|storm|disaster/i.test(reason)) return { code: 'weather', text };
  if (/custom|clearance|document/i.test(reason)) return { code: 'customs', text };
  if (/address/i.test(reason)) return { code: 'address_issue', text };
  if (/delay|late|miss|capacity|processing|holiday|peak/i.test(reason)) return { code: 'carrier_delay', text };
  return { code: 'recalculated', text };
}
