// The text of a JSON response this package built. The node:http adapter writes it as it is instead of reading the
// body back through a web stream (`response.arrayBuffer()`), which cost 30 µs of a 200 µs read. A response built
// elsewhere is not a key here, and the adapter reads its stream as before.
const bodies = new WeakMap<Response, string>();

/**
 * Records `text` as the whole body of `response`, which was built from it.
 *
 * @example rememberResponseBody(response, json)
 */
export function rememberResponseBody(response: Response, text: string): Response {
  bodies.set(response, text);
  return response;
}

/**
 * The text `response` was built from, when this package built it and nobody has read its body since.
 *
 * @example getRememberedResponseBody(response) // '{"kind":"order",…}'
 */
export function getRememberedResponseBody(response: Response): string | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}
