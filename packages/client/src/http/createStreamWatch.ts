import type { Resource } from '../model/LookupResult.js';
import { createWatch, type WatchSetup } from './createWatch.js';
import { getStreamLimit } from './getStreamLimit.js';
import { readEventStream } from './readEventStream.js';
import type { StopWatching } from './WaypostClient.js';

/** What the HTTP client gives a stream watch: the stream's opening and the record parser stay in the client. */
export interface StreamWatchSetup extends Omit<WatchSetup, 'stream'> {
  /**
   * The client's streams: how many are open now (every watch of the client counts here), its `maxStreams` and its
   * endpoint (see `getStreamLimit`).
   */
  streams: { open: number; readonly max: number | undefined; readonly base: string; waiting?: Set<() => void> };
  /** Opens `GET /stream/…`: the body of a `200`, `false` when the backend cannot push; rejects on other failures. */
  open(signal: AbortSignal): Promise<ReadableStream<Uint8Array> | false>;
  /** Validates the `data` of one `update` event. */
  parse(data: string): Resource;
  /** Turns a failure while reading into the client's typed error (`NetworkError`, `AbortError`). */
  mapError(error: unknown, signal: AbortSignal): Promise<unknown>;
}

/**
 * The on-demand part of `client.watch` over HTTP: the SSE reader, the reconnect loop and the poller. It is a
 * separate module (`import()`ed on the first watch) so that `import { createClient }` does not carry it.
 *
 * @example const stop = createStreamWatch({ result, listener, options, environment, streams, poll, open, parse, mapError })
 */
export function createStreamWatch({ open, parse, mapError, streams, ...setup }: StreamWatchSetup): StopWatching {
  // The watches of this client that poll until a stream frees, longest waiting first.
  streams.waiting ??= new Set();
  const waiting = streams.waiting;
  return createWatch({
    ...setup,
    whenStreamFree(retry) {
      waiting.add(retry);
      return () => waiting.delete(retry);
    },
    async stream(signal, emit) {
      // Every stream the client may hold is open: this watch polls until one frees (the longest waiting first).
      // The count is taken before any await, so watches that start together see each other.
      if (streams.open >= getStreamLimit(streams.max, streams.base)) return 'busy';
      streams.open += 1;
      // Freed once: when the stream ends, or as soon as the watch stops (a reader may take its time to notice).
      let held = true;
      const release = () => {
        signal.removeEventListener('abort', release);
        if (!held) return;
        held = false;
        streams.open -= 1;
        // Picked when it runs, so a watch that stopped meanwhile (and left the queue) never takes the place.
        queueMicrotask(() => {
          for (const next of waiting) {
            waiting.delete(next);
            return next();
          }
        });
      };
      signal.addEventListener('abort', release);
      try {
        const body = await open(signal);
        if (!body) return false;
        await readEventStream(body, (event) => {
          if (event.type === 'update') emit(() => parse(event.data));
        }).catch(async (error: unknown) => {
          throw await mapError(error, signal);
        });
        return undefined;
      } finally {
        release();
      }
    },
  });
}
