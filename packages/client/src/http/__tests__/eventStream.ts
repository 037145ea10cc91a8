import { HttpResponse } from 'msw';
import { sampleResource } from './testServer.js';

const encoder = new TextEncoder();

/** `text/event-stream` responses the test writes to: a new one per connection, the writes go to the latest. */
export function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let opened = 0;
  return {
    response: () => {
      opened += 1;
      const body = new ReadableStream<Uint8Array>({
        start(streamController) {
          controller = streamController;
        },
      });
      return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
    },
    get opened() {
      return opened;
    },
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    fail: () => controller.error(new Error('connection reset')),
    close: () => controller.close(),
  };
}

/** One `update` event of the sample order with `number`. */
export function update(number: string, etag: string) {
  const resource = sampleResource();
  resource.order.number = number;
  return `event: update\nid: ${etag}\ndata: ${JSON.stringify(resource)}\n\n`;
}

/** Capabilities of a backend that pushes. */
export const pushCapabilities = {
  protocol: 1,
  lookup: { email: true, postalCode: true, trackingNumber: true },
  push: true,
  alerts: null,
  issues: false,
  returns: null,
};
