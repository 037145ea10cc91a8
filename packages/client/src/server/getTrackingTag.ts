/**
 * The cache tag of a tracking number: spaces and hyphens dropped, upper case, as carriers and webhooks disagree on
 * both.
 *
 * @example getTrackingTag('1z 999-aa1') // 't:1Z999AA1'
 */
export function getTrackingTag(trackingNumber: string): string {
  return `t:${trackingNumber.replace(/[\s-]/g, '').toUpperCase()}`;
}
