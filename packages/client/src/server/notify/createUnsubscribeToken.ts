import { encodeBase64Url } from '../encodeBase64Url.js';
import { signTokenPart } from '../signTokenPart.js';

/**
 * A token naming one subscription, signed with the handler's secret. It does not expire: an unsubscribe link must
 * work as long as messages that carry it exist. It holds the subscription id only, never the contact.
 *
 * @example const token = await createUnsubscribeToken(secret, subscription.id) // 'c3ViXzE.4pQ…'
 */
export async function createUnsubscribeToken(secret: string, subscriptionId: string): Promise<string> {
  const id = encodeBase64Url(new TextEncoder().encode(subscriptionId));
  return `${id}.${encodeBase64Url(await signTokenPart(secret, `unsubscribe.${id}`))}`;
}
