import { getRequestLocale } from './getRequestLocale.js';
import { getUnsubscribePageWords } from './notify/getUnsubscribePageWords.js';
import type { Notifier } from './notify/Notifier.js';

// The words come from the built-in catalogs and the lang tag from their keys: nothing from the request is written
// into the page, so there is nothing to escape.
const page = (lang: string, dir: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem}</style></head><body><h1>${title}</h1>${body}</body></html>`;

const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  Vary: 'Accept-Language',
};

/**
 * `GET|POST /unsubscribe/{token}`: the signed link in every alert. `POST` unsubscribes at once — the one-click
 * request mail apps send (RFC 8058) and what the confirmation page's button sends. `GET` only shows that page, so
 * link scanners that prefetch URLs cannot unsubscribe anyone. The page speaks the subscription's language (every
 * locale the widget ships; others fall back by language, then to English). `404` for a token that does not verify,
 * in the language of `Accept-Language`.
 *
 * @example const response = await handleUnsubscribe(request, token, notifier)
 */
export async function handleUnsubscribe(request: Request, token: string, notifier: Notifier): Promise<Response> {
  const locale = await notifier.getSubscriptionLocale(token);
  const { lang, dir, words } = getUnsubscribePageWords(locale ?? getRequestLocale(request));
  if (locale === null) {
    return new Response(page(lang, dir, words.invalidTitle, `<p>${words.invalidBody}</p>`), { status: 404, headers });
  }
  if (request.method === 'GET') {
    const form = `<form method="post"><button type="submit">${words.confirmButton}</button></form>`;
    return new Response(page(lang, dir, words.confirmTitle, form), { status: 200, headers });
  }
  await notifier.unsubscribe(token);
  return new Response(page(lang, dir, words.doneTitle, `<p>${words.doneBody}</p>`), { status: 200, headers });
}
