/** One Server-Sent Event. */
export interface StreamEvent {
  /** The `event:` field; `message` when absent. */
  type: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The `id:` field (the protocol sends the record's ETag), when present. */
  id: string | undefined;
}

/**
 * Creates an incremental `text/event-stream` parser (WHATWG HTML §9.2): feed it decoded text in any chunking;
 * it calls `onEvent` for each complete event. Comments (`: ping`) and `retry:` are ignored.
 *
 * @example const push = createEventStreamParser((event) => …); push('event: update\ndata: {}\n\n')
 */
export function createEventStreamParser(onEvent: (event: StreamEvent) => void): (chunk: string) => void {
  let buffer = '';
  let type = '';
  let data: string[] = [];
  let id: string | undefined;
  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onEvent({ type: type || 'message', data: data.join('\n'), id });
      type = '';
      data = [];
      return;
    }
    const colon = text.indexOf(':');
    if (colon === 0) return;
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  };
  return (chunk) => {
    buffer += chunk;
    // A lone `\r` at the end may be the first half of `\r\n`: keep it until the next chunk.
    const lines = buffer.split(/\r\n|\r(?!$)|\n/);
    buffer = lines.pop() ?? '';
    for (const text of lines) line(text);
  };
}
