import type { Resource } from '../model/LookupResult.js';
import { createEtag } from './createEtag.js';

/** Options of `createEventStream`. */
export interface EventStreamOptions {
  /** The record as it is now; sent first, so a client that reconnects is up to date at once. */
  initial: Resource;
  /** Starts listening for changes; returns the function that stops. */
  subscribe: (listener: (resource: Resource) => void) => () => void;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** Milliseconds between `: ping` comments. */
  pingIntervalMs: number;
  /**
   * Milliseconds until the grant behind the stream expires: the stream ends then, so a token outlives its expiry
   * on no open connection. The client's reconnect then gets a 401 and looks the record up again.
   */
  endsInMs?: number;
  /** Called once when the stream ends, however it ends (client gone, cancelled, aborted before it started). */
  onClose?: () => void;
}

// A client this far behind is not reading; dropping it beats buffering updates for it without end.
const maximumBacklog = 64;
const encoder = new TextEncoder();

/**
 * A `text/event-stream` body: `event: update` with the record as `data` and its ETag as `id`, sent only when the
 * record really changed, and a `: ping` comment every `pingIntervalMs`. It ends when its grant expires
 * (`endsInMs`). Everything is released — subscription, timers — when the client disconnects (`signal`) or the
 * runtime cancels the stream.
 *
 * @example new Response(createEventStream({ initial, subscribe, signal: request.signal, pingIntervalMs: 25_000 }))
 */
export function createEventStream(options: EventStreamOptions): ReadableStream<Uint8Array> {
  let closed = false;
  let lastEtag: string | undefined;
  let queue = Promise.resolve();
  let unsubscribe: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let close = () => {};

  const release = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    clearTimeout(expiry);
    options.signal.removeEventListener('abort', close);
    unsubscribe?.();
    options.onClose?.();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -maximumBacklog) return close();
        controller.enqueue(encoder.encode(text));
      };
      close = () => {
        if (closed) return;
        release();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      };
      const send = (resource: Resource) => {
        // Hashing is async: a queue keeps updates in the order they came.
        queue = queue
          .then(async () => {
            const body = JSON.stringify(resource);
            const etag = await createEtag(body);
            if (etag === lastEtag) return;
            lastEtag = etag;
            write(`event: update\nid: ${etag}\ndata: ${body}\n\n`);
          })
          .catch(() => close());
      };
      if (options.signal.aborted) return close();
      options.signal.addEventListener('abort', close, { once: true });
      send(options.initial);
      unsubscribe = options.subscribe(send);
      timer = setInterval(() => write(': ping\n\n'), options.pingIntervalMs);
      if (options.endsInMs !== undefined) expiry = setTimeout(() => close(), Math.max(0, options.endsInMs));
    },
    cancel() {
      release();
    },
  });
}
