import { isHttpUrl } from '@waypost/client';

/**
 * A retailer's link with the shopper's context added as query parameters (the order number, a problem type):
 * never personal data, since URLs end up in logs and referrers. `null` for anything but an http/https URL.
 *
 * @example getContextUrl('https://shop.example/returns', { order: 'W1001' }) // 'https://shop.example/returns?order=W1001'
 */
export function getContextUrl(url: string | undefined, context: Record<string, string | undefined>): string | null {
  if (!isHttpUrl(url)) return null;
  const next = new URL(url);
  for (const [name, value] of Object.entries(context)) if (value) next.searchParams.set(name, value);
  return next.href;
}
