import type { HandlerRequest } from './HandlerRequest.js';

/**
 * The first language tag of `Accept-Language`, canonicalized, for `SourceContext.locale`; `undefined` when absent
 * or not a valid BCP 47 tag, so sources never see arbitrary header text.
 *
 * @example getRequestLocale(new Request(url, { headers: { 'Accept-Language': 'fr-ca,fr;q=0.8' } })) // 'fr-CA'
 */
export function getRequestLocale(request: HandlerRequest): string | undefined {
  const first = request.headers.get('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*' || first.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(first)[0];
  } catch {
    return undefined;
  }
}
