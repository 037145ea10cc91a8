import { isUnsupportedError } from '../errors/UnsupportedError.js';
import type { LookupResult, Resource } from '../model/LookupResult.js';
import type { ClientEnvironment } from './ClientOptions.js';
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
   * Pushes records through `emit` until it ends or fails; rejects with an `UnsupportedError` when the backend
   * cannot push. Any end falls back to polling.
   */
  stream?(signal: AbortSignal, emit: (read: () => Resource) => void): Promise<void>;
}

const withoutAccess = ({ access: _access, ...resource }: Resource & { access?: unknown }) => stableJson(resource);

/**
 * Runs one watch: a push stream when the backend has one, otherwise polling whose interval doubles (up to
 * `maxInterval`) while nothing changes and resets on a change; polling pauses while the page is hidden and polls
 * at once when it shows again. The listener fires only when the validated record really changed.
 *
 * @example const stop = createWatch({ result, listener, options, environment, poll })
 */
export function createWatch({ result, listener, options = {}, environment, poll, stream }: WatchSetup): StopWatching {
  const interval = options.interval ?? 60_000;
  const maxInterval = Math.max(interval, options.maxInterval ?? 900_000);
  const controller = new AbortController();
  let last = withoutAccess(result);
  let delay = interval;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let polling = false;
  let busy = false;
  let stopped = false;

  const report = (error: unknown) => {
    if (!stopped) options.onError?.(error);
  };
  // True when the record changed (the listener then got it).
  const notify = (resource: Resource) => {
    const json = withoutAccess(resource);
    if (json === last) return false;
    last = json;
    listener({ ...resource, access: result.access } as LookupResult);
    return true;
  };
  const visible = () => environment?.isVisible() ?? true;
  const schedule = () => {
    clearTimeout(timer);
    if (!stopped && polling && visible()) timer = setTimeout(tick, delay);
  };
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      // Offline: skip this poll without backing off; the next one comes at the same interval.
      if (environment?.isOnline?.() !== false) {
        delay = notify(await poll(controller.signal)) ? interval : Math.min(delay * 2, maxInterval);
      }
    } catch (error) {
      report(error);
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
  const removeVisibility = environment?.onVisibilityChange(() => {
    if (!polling) return;
    if (visible()) void tick();
    else clearTimeout(timer);
  });

  if (stream) {
    const emit = (read: () => Resource) => {
      if (stopped) return;
      try {
        notify(read());
      } catch (error) {
        report(error);
      }
    };
    stream(controller.signal, emit).then(startPolling, (error: unknown) => {
      if (!isUnsupportedError(error)) report(error);
      startPolling();
    });
  } else startPolling();

  return () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    removeVisibility?.();
    controller.abort();
  };
}
