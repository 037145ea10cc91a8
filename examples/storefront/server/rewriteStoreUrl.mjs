/**
 * Wraps the demo's fetch handler so the store links and product images in its answers name the host the browser
 * used: the demo source is built once with `storeUrl` (`http://localhost:<port>`), and a page opened as
 * `http://127.0.0.1:<port>` would otherwise load its images from another origin, which the demo's CSP
 * (`img-src 'self'`) refuses. Only local hosts on the demo's own port are rewritten.
 *
 * @param {(request: Request) => Promise<Response>} handler
 * @param {string} storeUrl the `storeUrl` the source was built with, without a trailing slash
 * @returns {(request: Request) => Promise<Response>}
 * @example const api = toNodeListener(rewriteStoreUrl(createHandler({ source, secret }), url))
 */
export function rewriteStoreUrl(handler, storeUrl) {
  const { port } = new URL(storeUrl);
  return async (request) => {
    const response = await handler(request);
    const origin = new URL(request.url).origin;
    const type = response.headers.get('content-type') ?? '';
    const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin) && new URL(origin).port === port;
    if (!local || origin === storeUrl || !response.body || !/json|event-stream/.test(type)) return response;
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    let carry = '';
    // Event streams stay streams: text is passed on line by line, so a URL is never split across chunks.
    const body = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(
        new TransformStream({
          transform(chunk, controller) {
            const text = carry + chunk;
            const end = text.lastIndexOf('\n') + 1;
            carry = text.slice(end);
            if (end) controller.enqueue(text.slice(0, end).replaceAll(storeUrl, origin));
          },
          flush(controller) {
            if (carry) controller.enqueue(carry.replaceAll(storeUrl, origin));
          },
        }),
      )
      .pipeThrough(new TextEncoderStream());
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
