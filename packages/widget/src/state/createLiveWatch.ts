import { batch } from '@preact/signals';
import { isVerificationError, type LookupQuery, type LookupResult, type WaypostClient } from '@waypost/client';
import type { Store } from './createStore.js';

/** What a live watch reads and calls of its controller (see `createController`). */
export interface LiveWatchOptions {
  store: Store;
  getClient: () => WaypostClient;
  /** Shows `next` as an update of `previous` (the controller's own `show`). */
  show: (next: LookupResult, user: boolean, previous: LookupResult) => void;
  /** Ends in an error state, as a failed `query` does. */
  fail: (error: unknown, query: LookupQuery | null) => void;
  /** Emits a `waypost:error`. */
  report: (error: unknown) => void;
  /** Watches `result` again, in place of the watch running now (the controller's own `watch`). */
  watch: (result: LookupResult) => void;
  /** True once the controller is disposed. */
  isDisposed: () => boolean;
  /** The last lookup, or `null` after a reset. */
  getQuery: () => LookupQuery | null;
}

/** When each controller last looked its record up again for a fresh token: at most once per 5 s. */
const renewedAt = new WeakMap<LiveWatchOptions, number>();

/**
 * Watches the shown `result` for live updates and keeps the watch going: a dropped stream says so (`stale`), a
 * refused token looks the record up again for a fresh one, and an access that cannot be renewed says live updates
 * ended. It loads with the client's live code after a result has painted (`live.js` in the script tag), so the form
 * and the order view never carry it. Returns how to stop the watch, or `null` when it could not start (the
 * controller then shows the error).
 *
 * @example const stop = createLiveWatch(live, result)
 */
export function createLiveWatch(live: LiveWatchOptions, result: LookupResult): (() => void) | null {
  const { store } = live;
  try {
    return live.getClient().watch(
      result,
      (next) => {
        const previous = store.result.peek();
        if (live.isDisposed() || !previous) return;
        live.show(next, false, previous);
      },
      {
        // A dropped stream says so on screen and to screen readers; the next fresh read clears it.
        onStale(stale) {
          if (live.isDisposed()) return;
          batch(() => {
            store.stale.value = stale && 'reconnecting';
            if (stale) store.announcement.value = store.t.peek()('live.stale');
            else store.updatedAt.value = store.now.value = Date.now();
          });
        },
        // The watch ends on a refused token (it expired): look the record up again for a fresh one.
        onError(error) {
          if (!live.isDisposed() && isVerificationError(error)) void renew(live, result);
        },
      },
    );
  } catch (error) {
    live.fail(error, live.getQuery());
    return null;
  }
}

// Quietly repeats the last lookup, keeping the record on screen; at most once per 5 s, so a token refused on
// arrival cannot loop. When it cannot renew (a deep link's token expired too), the view says live updates ended.
async function renew(live: LiveWatchOptions, current: LookupResult): Promise<void> {
  const { store } = live;
  const query = live.getQuery();
  const ended = () => {
    if (live.isDisposed() || store.result.peek() !== current) return;
    batch(() => {
      store.stale.value = 'ended';
      store.announcement.value = store.t.peek()('live.ended');
    });
  };
  if (!query || Date.now() - (renewedAt.get(live) ?? 0) < 5_000) return ended();
  renewedAt.set(live, Date.now());
  try {
    const next = await live.getClient().lookup(query);
    if (live.isDisposed() || store.result.peek() !== current) return;
    // Only the access changed: swap it in without announcing anything; it is still a fresh read, so "Updated"
    // moves to now.
    const record = (result: LookupResult) => JSON.stringify({ ...result, access: null });
    if (record(next) === record(current)) {
      batch(() => {
        store.result.value = next;
        store.updatedAt.value = store.now.value = Date.now();
      });
    } else live.show(next, false, current);
    live.watch(next);
  } catch (error) {
    if (!live.isDisposed()) live.report(error);
    ended();
  }
}
