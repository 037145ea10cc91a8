import { decodeBase64Url } from '../decodeBase64Url.js';
import { signTokenPart } from '../signTokenPart.js';
import { timingSafeEqual } from '../timingSafeEqual.js';

/**
 * The subscription id an unsubscribe token names, or `null` when it is malformed or signed by none of `secrets`.
 *
 * @example await verifyUnsubscribeToken([secret], token) // 'sub_1' or null
 */
export async function verifyUnsubscribeToken(secrets: readonly string[], token: string): Promise<string | null> {
  const [id, signature, extra] = token.split('.');
  if (!id || !signature || extra !== undefined || token.length > 600) return null;
  const received = decodeBase64Url(signature);
  const bytes = decodeBase64Url(id);
  if (!received || !bytes) return null;
  for (const secret of secrets) {
    if (timingSafeEqual(await signTokenPart(secret, `unsubscribe.${id}`), received)) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return null;
      }
    }
  }
  return null;
}
