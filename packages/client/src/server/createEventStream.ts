import { getResourceId } from '../http/getResourceId.js';
import type { Resource } from '../model/LookupResult.js';
import type { StreamEnd } from '../protocol/StreamEnd.js';
import { createEtag } from './createEtag.js';

/** One record an event stream carries. */
export interface EventStreamRecord {
  /** The record as it is now; sent first, so a client that reconnects is up to date at once. */
  initial: Resource;
  /** Starts listening for changes; returns the function that stops. */
  subscribe: (listener: (resource: Resource) => void) => () => void;
  /**
   * Milliseconds until the grant behind the record expires: the record leaves the stream then (an `end` event), so
   * a token outlives its expiry on no open connection. Reopening with it is then a 401: the client looks it up again.
   */
  endsInMs?: number;
}

/** Options of `createEventStream`. */
export interface EventStreamOptions {
  /** The records the stream carries: one for `GET /stream/{kind}/{id}`, up to 32 for `POST /stream`. */
  records: EventStreamRecord[];
  /** Records refused at opening (`POST /stream`): each gets its `end` event before anything else. */
  refused?: StreamEnd[];
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** Milliseconds between `: ping` comments. */
  pingIntervalMs: number;
  /** Called once when the stream ends, however it ends (client gone, cancelled, aborted before it started). */
  onClose?: () => void;
}

// A client this far behind is not reading; dropping it beats buffering updates for it without end.
const maximumBacklog = 64;
const encoder = new TextEncoder();

/**
 * A `text/event-stream` body: `event: update` with a record as `data` and its ETag as `id`, sent only when that
 * record really changed; `event: end` (a `StreamEnd`) when a record leaves the stream, at its grant's expiry; and a
 * `: ping` comment every `pingIntervalMs`. The stream ends after its last record's `end`. Everything is released —
 * subscriptions, timers — when the client disconnects (`signal`) or the runtime cancels the stream.
 *
 * @example new Response(createEventStream({ records: [{ initial, subscribe }], signal, pingIntervalMs: 25_000 }))
 */
export function createEventStream(options: EventStreamOptions): ReadableStream<Uint8Array> {
  let closed = false;
  let queue = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | undefined;
  // What ends each record still carried: its subscription and its expiry timer.
  const live = new Set<() => void>();
  let close = () => {};

  const release = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    options.signal.removeEventListener('abort', close);
    for (const stop of [...live]) stop();
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
      // Hashing is async: one queue keeps every event in the order it came.
      const enqueue = (task: () => Promise<void> | void) => {
        queue = queue.then(task).catch(() => close());
      };
      const end = (ended: StreamEnd) => enqueue(() => write(`event: end\ndata: ${JSON.stringify(ended)}\n\n`));
      const carry = ({ initial, subscribe, endsInMs }: EventStreamRecord) => {
        let lastEtag: string | undefined;
        const send = (resource: Resource) =>
          enqueue(async () => {
            const body = JSON.stringify(resource);
            const etag = await createEtag(body);
            if (etag === lastEtag) return;
            lastEtag = etag;
            write(`event: update\nid: ${etag}\ndata: ${body}\n\n`);
          });
        send(initial);
        const unsubscribe = subscribe(send);
        const stop = () => {
          live.delete(stop);
          clearTimeout(expiry);
          unsubscribe();
        };
        const expiry =
          endsInMs === undefined
            ? undefined
            : setTimeout(
                () => {
                  stop();
                  end({ kind: initial.kind, id: getResourceId(initial), status: 401, code: 'verification_failed' });
                  // The last record gone: the stream ends once its `end` is written.
                  if (live.size === 0) enqueue(close);
                },
                Math.max(0, endsInMs),
              );
        live.add(stop);
      };
      if (options.signal.aborted) return close();
      options.signal.addEventListener('abort', close, { once: true });
      for (const refused of options.refused ?? []) end(refused);
      for (const record of options.records) carry(record);
      if (live.size === 0) return enqueue(close);
      timer = setInterval(() => write(': ping\n\n'), options.pingIntervalMs);
    },
    cancel() {
      release();
    },
  });
}
