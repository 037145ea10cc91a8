import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { SignedWebhookOptions } from './sendSignedWebhook.js';

/**
 * Checks a webhook destination's options once, at start-up, so a typo fails at boot rather than at the first send.
 *
 * @example assertWebhookOptions('createWebhookChannel', { url, secret })
 */
export function assertWebhookOptions(name: string, options: SignedWebhookOptions): void {
  if (!options || typeof options.url !== 'string' || !isHttpUrl(options.url)) {
    throw new TypeError(`[waypost] ${name} needs an http or https \`url\``);
  }
  if (typeof options.secret !== 'string' || options.secret.length < 16) {
    throw new TypeError(`[waypost] ${name} needs a \`secret\` of at least 16 characters`);
  }
}
