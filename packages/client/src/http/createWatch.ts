import { isVerificationError } from '../errors/VerificationError.js';
import type { LookupResult, Resource } from '../model/LookupResult.js';
import type { ClientEnvironment } from './ClientOptions.js';
import { createBackoff } from './createBackoff.js';
import { stableJson } from './stableJson.js';
import type { StopWatching, WatchOptions } from './WaypostClient.js';

/** How a client reads one record for `watch`. */
export interface WatchSetup {
  result: LookupResult;
  listener: (next: LookupResult) => void;
  options: WatchOptions | undefined;
  environment: ClientEnvironment | undefined;
  /** Reads the record again (conditionally, where the transport can). */
  poll(signal: AbortSignal): Promise<Resource>;
  /**
   * Pushes records through `emit` until it ends or fails; resolves `false` when the backend cannot push (the
   * watch then polls), `'busy'` when no stream may open now (the watch polls until `whenStreamFree` calls back).
   * Any other end or failure reopens it with backoff. A stream shared with other watches reconnects on its own and
   * calls `drop` each time it drops (with the error, when there is one): the view may be out of date until it
   * delivers again.
   */
  stream?(
    signal: AbortSignal,
    emit: (read: () => Resource) => void,
    drop: (error?: unknown) => void,
  ): Promise<boolean | 'busy' | undefined>;
  /**
   * Calls `retry` once a stream may open again, after `stream` answered `'busy'`; returns the function that stops
   * waiting.
   */
  whenStreamFree?(retry: () => void): () => void;
}

const withoutAccess = ({ access: _access, ...resource }: Resource & { access?: unknown }) => stableJson(resource);

/**
 * Runs one watch: a push stream when the backend has one, otherwise polling whose interval doubles (up to
 * `maxInterval`) while nothing changes and resets on a change; polling pauses while the page is hidden and polls
 * at once when it shows again. A stream that may not open yet (`'busy'`) polls until `whenStreamFree` says one
 * may, then streams. A stream that drops is reopened after 1 s, 2 s, 4 s … (jittered, at most 30 s),
 * and at once when the device comes back online; meanwhile `onStale(true)` says the view may be out of date, and
 * `onStale(false)` follows the first fresh record. A `VerificationError` (the token expired: the server ends its
 * streams then) ends the watch after `onError` and `onStale(true)`: retrying a refused token cannot work, so the
 * caller looks the record up again. The listener fires only when the validated record changed.
 *
 * @example const stop = createWatch({ result, listener, options, environment, poll, stream })
 */
export function createWatch({
  result,
  listener,
  options = {},
  environment,
  poll,
  stream,
  whenStreamFree,
}: WatchSetup): StopWatching {
  const interval = options.interval ?? 60_000;
  const maxInterval = Math.max(interval, options.maxInterval ?? 900_000);
  const controller = new AbortController();
  let last = withoutAccess(result);
  let delay = interval;
  const backoff = createBackoff();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let polling = false;
  let busy = false;
  let stopped = false;
  let stale = false;
  let waiting = false;
  let stopWaitingForStream: (() => void) | undefined;

  const report = (error: unknown) => {
    if (!stopped) options.onError?.(error);
  };
  const setStale = (next: boolean) => {
    if (stale === next || stopped) return;
    stale = next;
    options.onStale?.(next);
  };
  // True when the record changed (the listener then got it). Any record read is fresh, changed or not.
  const notify = (resource: Resource) => {
    setStale(false);
    const json = withoutAccess(resource);
    if (json === last) return false;
    last = json;
    listener({ ...resource, access: result.access } as LookupResult);
    return true;
  };
  const visible = () => environment?.isVisible() ?? true;
  const online = () => environment?.isOnline?.() !== false;
  const schedule = () => {
    clearTimeout(timer);
    if (!stopped && polling && visible()) timer = setTimeout(tick, delay);
  };
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      // Offline: skip this poll without backing off; the next one comes at the same interval.
      if (online()) delay = notify(await poll(controller.signal)) ? interval : Math.min(delay * 2, maxInterval);
    } catch (error) {
      if (isVerificationError(error)) return expire(error);
      report(error);
      setStale(true);
      delay = Math.min(delay * 2, maxInterval);
    } finally {
      busy = false;
      schedule();
    }
  };
  const startPolling = () => {
    polling = true;
    schedule();
  };

  const emit = (read: () => Resource) => {
    if (stopped) return;
    try {
      notify(read());
      backoff.reset();
    } catch (error) {
      report(error);
    }
  };
  const connect = () => {
    if (stopped || !stream) return;
    clearTimeout(timer);
    waiting = false;
    stream(controller.signal, emit, (error) => {
      if (error) report(error);
      setStale(true);
    }).then(
      (supported) => (supported === false ? startPolling() : supported === 'busy' ? pollUntilFree() : reconnect()),
      (error: unknown) => {
        if (isVerificationError(error)) return expire(error);
        report(error);
        reconnect();
      },
    );
  };
  // No stream may open now: poll meanwhile, and stream again once one frees.
  const pollUntilFree = () => {
    startPolling();
    stopWaitingForStream = whenStreamFree?.(() => {
      stopWaitingForStream = undefined;
      polling = false;
      clearTimeout(timer);
      connect();
    });
  };
  // The stream dropped: the view may be out of date until the next one delivers.
  const reconnect = () => {
    if (stopped) return;
    setStale(true);
    waiting = true;
    timer = setTimeout(connect, backoff.next(online()));
  };
  const removeOnline = environment?.onOnline?.(() => {
    if (waiting) {
      backoff.reset();
      connect();
    } else if (polling) void tick();
  });
  const removeVisibility = environment?.onVisibilityChange(() => {
    if (!polling) return;
    if (visible()) void tick();
    else clearTimeout(timer);
  });

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopWaitingForStream?.();
    clearTimeout(timer);
    removeVisibility?.();
    removeOnline?.();
    controller.abort();
  };
  // The token no longer opens the record: say so, mark the view stale and stop for good.
  // Stale first, so that the error has the last word: a view that says why live updates ended is not turned back
  // into "reconnecting" after it.
  const expire = (error: unknown) => {
    setStale(true);
    report(error);
    stop();
  };

  if (stream) connect();
  else startPolling();

  return stop;
}
