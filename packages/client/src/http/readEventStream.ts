import { createEventStreamParser, type StreamEvent } from './createEventStreamParser.js';

/**
 * Reads a `text/event-stream` body to its end, calling `onEvent` per event. Resolves when the server closes the
 * stream; rejects when the connection fails or the signal of its fetch aborts.
 *
 * @example await readEventStream(response.body, (event) => console.log(event.type))
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const push = createEventStreamParser(onEvent);
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      push(decoder.decode(value, { stream: true }));
    }
    // An event the server did not finish with a blank line is dropped, as the format requires.
    push(decoder.decode());
  } finally {
    reader.releaseLock();
  }
}
