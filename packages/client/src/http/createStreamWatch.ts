import type { Resource } from '../model/LookupResult.js';
import { createWatch, type WatchSetup } from './createWatch.js';
import { readEventStream } from './readEventStream.js';
import type { StopWatching } from './WaypostClient.js';

/** What the HTTP client gives a stream watch: the stream's opening and the record parser stay in the client. */
export interface StreamWatchSetup extends Omit<WatchSetup, 'stream'> {
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
 * @example const stop = createStreamWatch({ result, listener, options, environment, poll, open, parse, mapError })
 */
export function createStreamWatch({ open, parse, mapError, ...setup }: StreamWatchSetup): StopWatching {
  return createWatch({
    ...setup,
    async stream(signal, emit) {
      const body = await open(signal);
      if (!body) return false;
      try {
        await readEventStream(body, (event) => {
          if (event.type === 'update') emit(() => parse(event.data));
        });
      } catch (error) {
        throw await mapError(error, signal);
      }
      return undefined;
    },
  });
}
