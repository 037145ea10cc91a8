import { createEventStreamParser, type StreamEvent } from './createEventStreamParser.js';

/**
 * Reads a `text/event-stream` body to its end, calling `onEvent` per event. Resolves when the server closes the
 * stream; rejects when the connection fails or is aborted.
 *
 * @example await readEventStream(response.body, (event) => …)
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const push = createEventStreamParser(onEvent);
  const decoder = new TextDecoder();
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    push(decoder.decode(chunk.value, { stream: true }));
  }
  // An event the server did not finish with a blank line is dropped, as the format requires.
  push(decoder.decode());
}
