import { createEventStreamParser, type StreamEvent } from '../../http/createEventStreamParser.js';

/** Reads an event-stream body chunk by chunk; `next(predicate)` waits for the next matching event or comment. */
export function readEvents(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  let raw = '';
  const push = createEventStreamParser((event) => events.push(event));
  let done = false;
  async function pump(): Promise<boolean> {
    const chunk = await reader.read();
    if (chunk.done) {
      done = true;
      return false;
    }
    const text = decoder.decode(chunk.value, { stream: true });
    raw += text;
    push(text);
    return true;
  }
  return {
    events,
    get raw() {
      return raw;
    },
    get done() {
      return done;
    },
    /** Reads until `events` holds `count` events. */
    async until(count: number): Promise<StreamEvent[]> {
      while (events.length < count) if (!(await pump())) break;
      return events;
    },
    /** Reads until the raw text contains `text`. */
    async untilText(text: string): Promise<void> {
      while (!raw.includes(text)) if (!(await pump())) break;
    },
    /** Reads to the end. */
    async end(): Promise<void> {
      while (await pump()) {}
    },
    cancel: () => reader.cancel(),
  };
}
