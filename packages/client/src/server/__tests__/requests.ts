/** The origin every handler test talks to. */
export const origin = 'https://shop.example';

/** A JSON POST to the handler under test. */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A GET with an optional bearer token. */
export function getWithToken(path: string, token?: string, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}${path}`, {
    headers: token === undefined ? headers : { Authorization: `Bearer ${token}`, ...headers },
  });
}

/** A response body as JSON, loosely typed: the assertions check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are checked by the assertions that read them
export async function readJson(response: Response): Promise<any> {
  return response.json();
}
