import type { Notifier } from './notify/Notifier.js';

// Static pages: nothing from the request is written into them, so there is nothing to escape.
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem}</style></head><body><h1>${title}</h1>${body}</body></html>`;

const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};

/**
 * `GET|POST /unsubscribe/{token}`: the signed link in every alert. `POST` unsubscribes at once — the one-click
 * request mail apps send (RFC 8058) and what the confirmation page's button sends. `GET` only shows that page, so
 * link scanners that prefetch URLs cannot unsubscribe anyone. `404` for a token that does not verify.
 *
 * @example const response = await handleUnsubscribe(request, token, notifier)
 */
export async function handleUnsubscribe(request: Request, token: string, notifier: Notifier): Promise<Response> {
  if (request.method === 'GET') {
    return new Response(
      page('Stop these alerts?', '<form method="post"><button type="submit">Unsubscribe</button></form>'),
      { status: 200, headers },
    );
  }
  const done = await notifier.unsubscribe(token);
  if (!done) {
    return new Response(page('This link does not work', '<p>Use the link from your latest message.</p>'), {
      status: 404,
      headers,
    });
  }
  return new Response(page('You are unsubscribed', '<p>You will get no more alerts about this order.</p>'), {
    status: 200,
    headers,
  });
}
