import type { Capabilities } from '../model/Capabilities.js';
import type { Resource } from '../model/LookupResult.js';
import { ROUTES } from '../protocol/ROUTES.js';
import { createStreamMux, type StreamMux } from './createStreamMux.js';
import type { TokenStore } from './createTokenStore.js';
import { createWatch, type WatchSetup } from './createWatch.js';
import { getResourceId } from './getResourceId.js';
import { getStreamLimit } from './getStreamLimit.js';
import { type EventStreamTransport, openEventStream } from './openEventStream.js';
import { readEventStream } from './readEventStream.js';
import type { StopWatching } from './WaypostClient.js';

/**
 * What the HTTP client gives a stream watch: its `fetch`, its locale and whether its backend can push, to open
 * streams with, and its record parser and error mapping, which stay in the client.
 */
export interface StreamWatchSetup extends Omit<WatchSetup, 'stream'>, EventStreamTransport {
  /**
   * The client's streams: how many of its watches stream on their own now, its `maxStreams`, its endpoint (see
   * `getStreamLimit`) and the endpoint's query (after every path); the watch code adds the queue of watches waiting
   * for a stream and the shared stream.
   */
  streams: {
    open: number;
    readonly max: number | undefined;
    readonly base: string;
    readonly query: string;
    waiting?: Set<() => void>;
    mux?: StreamMux;
  };
  /** The record's stream path (`/stream/order/ord_1`). */
  path: string;
  /** The client's locale, sent as `Accept-Language`. */
  getLocale(): string;
  /**
   * The client's tokens: the record's stream opens with the one its reads send (the most privileged valid one, not
   * necessarily the watched result's own), read again at each opening, reconnects included.
   */
  tokens: TokenStore;
  /** The client's capabilities, loaded once (whether the backend can push is their `push`). */
  loadCapabilities(options: { signal: AbortSignal }): Promise<Capabilities>;
  /** Parses the text of an event's `data` as JSON, failing as an invalid response of `what`. */
  parseJson(text: string, what: string): unknown;
  /** Validates a record pushed by the stream of `what`. */
  parseResource(body: unknown, what: string): Resource;
}

/**
 * The on-demand part of `client.watch` over HTTP: the SSE reader, the shared stream, the reconnect loop and the
 * poller. It is a separate module (`import()`ed on the first watch) so that `import { createClient }` does not
 * carry it. A watch with a token joins the client's one shared stream (`POST /stream`); it streams on its own
 * (`GET /stream/…`, at most `maxStreams` at once) when the handler predates the shared stream, past its 32 records,
 * or once its record has left it.
 *
 * @example const stop = createStreamWatch({ result, listener, options, environment, streams, path, poll, fetch, getLocale, tokens, loadCapabilities, parseJson, parseResource, mapError, mapResponse })
 */
export function createStreamWatch({
  fetch,
  getLocale,
  tokens,
  loadCapabilities,
  parseJson,
  parseResource,
  mapError,
  mapResponse,
  streams,
  path,
  ...setup
}: StreamWatchSetup): StopWatching {
  const transport = { fetch, mapError, mapResponse };
  // Opens the stream `what` at `at` below the endpoint (`GET`, or a `POST` of `json`): the body of a `200`, `false`
  // when the backend cannot push; rejects with the protocol's error on other failures.
  const open = async (
    signal: AbortSignal,
    what: string,
    at: string,
    headers: Record<string, string>,
    json?: unknown,
  ): Promise<ReadableStream<Uint8Array> | false> =>
    (await loadCapabilities({ signal })).push &&
    openEventStream(
      what,
      transport,
      streams.base + at + streams.query,
      { ...headers, accept: 'text/event-stream', 'accept-language': getLocale() },
      signal,
      json,
    );
  // The watches of this client that poll until a stream frees, longest waiting first.
  streams.waiting ??= new Set();
  const waiting = streams.waiting;
  const { kind } = setup.result;
  const id = getResourceId(setup.result);
  const getToken = () => tokens.get(kind, id);
  const shared = `POST ${ROUTES.streamMany.path}`;
  const what = `GET ${path}`;
  // Validates the `data` of one `update` event; `json` is that data already parsed, when the shared stream parsed it.
  const parse = (data: string, json = parseJson(data, what)) => parseResource(json, what);
  return createWatch({
    ...setup,
    whenStreamFree(retry) {
      waiting.add(retry);
      return () => waiting.delete(retry);
    },
    async stream(signal, emit, drop) {
      const limit = getStreamLimit(streams.max, streams.base);
      // With a token, the watch may share the client's `POST /stream`.
      const token = getToken();
      if (token && limit > 0) {
        streams.mux ??= createStreamMux({
          open: (records, muxSignal) => open(muxSignal, shared, ROUTES.streamMany.path, {}, { records }),
          mapError: (error, muxSignal) => mapError(error, shared, muxSignal),
          environment: setup.environment,
        });
        const joined = await streams.mux(
          { kind, id, getToken: () => getToken() ?? token, emit: (data, json) => emit(() => parse(data, json)), drop },
          signal,
        );
        if (joined !== 'single') return joined;
      }
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
        // Read again: a better token may have come while the watch waited on the shared stream.
        const own = getToken();
        const body = await open(signal, what, path, own ? { authorization: `Bearer ${own}` } : {});
        if (!body) return false;
        await readEventStream(body, (event) => {
          if (event.type === 'update') emit(() => parse(event.data));
        }).catch(async (error: unknown) => {
          throw await mapError(error, what, signal);
        });
        return undefined;
      } finally {
        release();
      }
    },
  });
}
