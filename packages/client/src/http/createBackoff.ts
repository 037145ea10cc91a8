/** First wait before a dropped stream is reopened; it doubles per failed attempt up to `maxReconnectDelay`. */
const reconnectDelay = 1_000;
const maxReconnectDelay = 30_000;

/** The waits between attempts to reopen a dropped stream. */
export interface Backoff {
  /**
   * The wait before the next attempt: 1 s, 2 s, 4 s … up to 30 s, each jittered between half and all of it; 30 s
   * while offline.
   */
  next(online: boolean): number;
  /** Starts over at 1 s (a reopened stream delivered, or the device came back online). */
  reset(): void;
}

/**
 * Reconnect backoff for event streams.
 *
 * @example const backoff = createBackoff(); setTimeout(connect, backoff.next(navigator.onLine))
 */
export function createBackoff(): Backoff {
  let retry = reconnectDelay;
  return {
    next(online) {
      // Offline: nothing to try until the `online` event (a slow retry covers environments without one).
      const wait = online ? retry / 2 + Math.random() * (retry / 2) : maxReconnectDelay;
      retry = Math.min(retry * 2, maxReconnectDelay);
      return wait;
    },
    reset() {
      retry = reconnectDelay;
    },
  };
}
