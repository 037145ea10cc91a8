import type { ServerResponse } from 'node:http';

/**
 * Writes a Fetch `Response` to a node:http response, streaming its body chunk by chunk so that Server-Sent
 * Events reach the browser as they are produced. Stops reading when the browser goes away. `onSent` is called once
 * the head and the first bytes of the body have been handed to the connection.
 *
 * @example await sendWebResponse(await handler(request), res, () => (entry.answered = true))
 */
export async function sendWebResponse(response: Response, res: ServerResponse, onSent?: () => void): Promise<void> {
  const headers: Record<string, string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = [...(headers[name] ?? []), value];
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end(onSent);
    return;
  }
  const reader = response.body.getReader();
  res.once('close', () => {
    reader.cancel().catch(() => {});
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      res.write(value, onSent);
      onSent = undefined;
    }
  } catch {
    // The stream was cancelled because the browser disconnected: nothing left to write to.
  }
  // An empty body: the head alone is the answer.
  res.end(onSent);
}
