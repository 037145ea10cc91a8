import { describe, expect, it } from 'vitest';
import { createEventStreamParser, type StreamEvent } from '../createEventStreamParser.js';

function parse(...chunks: string[]): StreamEvent[] {
  const events: StreamEvent[] = [];
  const push = createEventStreamParser((event) => events.push(event));
  for (const chunk of chunks) push(chunk);
  return events;
}

describe('createEventStreamParser', () => {
  it('reads the event type, the id and multi-line data', () => {
    expect(parse('event: update\nid: "v2"\ndata: {"a":\ndata: 1}\n\n')).toEqual([
      { type: 'update', id: '"v2"', data: '{"a":\n1}' },
    ]);
  });

  it('ignores comments, retry fields and events without data', () => {
    expect(parse(': ping\n\nretry: 5000\n\nevent: update\n\n')).toEqual([]);
  });

  it('defaults the type to message and keeps the last id for later events', () => {
    expect(parse('id: 1\ndata: a\n\ndata: b\n\n')).toEqual([
      { type: 'message', id: '1', data: 'a' },
      { type: 'message', id: '1', data: 'b' },
    ]);
  });

  it('handles any chunking and CRLF or CR line endings', () => {
    expect(parse('da', 'ta: x\r', '\n\r\n', 'data:y\r\r', ': next\n')).toEqual([
      { type: 'message', id: undefined, data: 'x' },
      { type: 'message', id: undefined, data: 'y' },
    ]);
  });

  it('keeps only the first space after the colon', () => {
    expect(parse('data:  two spaces\n\n')[0]!.data).toBe(' two spaces');
  });

  it('waits for the blank line before dispatching', () => {
    expect(parse('event: update\ndata: {}\n')).toEqual([]);
  });
});
