import { InvalidOptionError } from '../embed/InvalidOptionError.js';

const PLACEHOLDER = '{token}';

/**
 * The address of one order of the list on the host's own page: `orderUrl` with each `{token}` replaced by the
 * order's signed access token (URL-encoded). The token is the only thing that goes in, so no order number, email,
 * phone or name can: a template with any other `{placeholder}` is refused, and so is one without `{token}`. An
 * absolute template must be http/https; a relative one must stay on the page's origin (`//other.example/…` is
 * refused). Throws `InvalidOptionError` for a template it refuses.
 *
 * @example getOrderUrl('/account/orders/{token}', 'eyJ…', 'https://shop.example/account') // 'https://shop.example/account/orders/eyJ…'
 */
export function getOrderUrl(template: string, token: string, base: string): string {
  const refuse = (reason: string, cause?: unknown) => new InvalidOptionError('orderUrl', { reason, cause });
  if (!template.includes(PLACEHOLDER)) throw refuse('it has no {token}');
  if (/\{(?!token\})[^}]*\}/.test(template)) throw refuse('{token} is the only placeholder it may have');
  let url: URL;
  try {
    url = new URL(template.split(PLACEHOLDER).join(encodeURIComponent(token)), base);
  } catch (error) {
    throw refuse('it is not a URL', error);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('only http and https URLs are allowed');
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(template);
  if (!absolute && url.origin !== new URL(base).origin) throw refuse('a relative URL must stay on the page’s origin');
  if (url.username || url.password) throw refuse('it may not carry a user name or password');
  return url.href;
}
