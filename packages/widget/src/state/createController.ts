import { batch } from '@preact/signals';
import {
  isInvalidRequestError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  type LookupQuery,
  type LookupResult,
  type WaypostClient,
} from '@waypost/client';
import type { Messages } from '../i18n/en.js';
import type { WidgetEventMap, WidgetEventName } from '../types/WidgetEvents.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import type { WidgetState } from '../types/WidgetState.js';
import type { createLiveWatch, LiveWatchOptions } from './createLiveWatch.js';
import type { Store } from './createStore.js';
import { getErrorState } from './getErrorState.js';
import { getEtaChanges } from './getEtaChanges.js';
import { getLookupMethod } from './getLookupMethod.js';
import { getRecordStatus } from './getRecordStatus.js';
import { mapFieldErrors } from './mapFieldErrors.js';
import type { LookupFormValues } from './validateLookupForm.js';

/** Emits a widget event (DOM `CustomEvent` plus `handle.on` listeners). */
export type Emit = <N extends WidgetEventName>(name: N, detail: WidgetEventMap[N]) => void;

/** What a controller needs from its instance. */
export interface ControllerOptions {
  store: Store;
  /** The client to use now; throws when none can be made (no `endpoint`). */
  getClient: () => WaypostClient;
  emit: Emit;
  /**
   * Text for the live region when a record is shown, or when it changes from `previous`: empty for an update that
   * changes nothing the shopper is told (a reload after a return: the same parcels), which is not news.
   */
  describe: (result: LookupResult, previous: LookupResult | null) => string;
  /**
   * Loads the code that shows a record (the result views), started with each lookup. The record waits for it, so
   * that `ready` and the live region's text come with the view rather than before it; a failure ends the lookup
   * like a failed request (the `error` state, `offline` without a connection, and a `waypost:error`).
   */
  loadViews: () => Promise<unknown>;
  /**
   * Loads the code that keeps a shown record live (`createLiveWatch`), on the first watch: after the record has
   * painted, with the client's own live code. A failure leaves the record without live updates, as the client's
   * own live code failing to load does; the next watch loads again.
   */
  loadLive: () => Promise<{ createLiveWatch: typeof createLiveWatch }>;
  /** `navigator.onLine`, injected. */
  isOnline: () => boolean;
}

/**
 * Runs lookups, live updates and retries for one widget instance, and is the only writer of its store: views and
 * embed code dispatch the intents below instead of setting signals.
 */
export interface Controller {
  /**
   * Looks a record up; `user` is true for the shopper's own submit: focus then moves to what comes next (the
   * result, the error message, or the form's field to fix).
   */
  lookup(query: LookupQuery, user?: boolean): Promise<void>;
  /** Reads the shown record again, or repeats the last lookup (`user`: the shopper's "Try again", as in `lookup`). */
  refresh(user?: boolean): Promise<void>;
  /** Back to the form, with what the shopper last sent from it (`draft`). */
  reset(): void;
  /** Stops live updates and ignores every answer still in flight. Safe to call twice. */
  dispose(): void;
  /**
   * Says `text` in the live region (a panel's confirmation). An update the shopper did not ask for, within 10 s,
   * joins it rather than replacing it, once, so that it is not cut off before a screen reader has read it.
   */
  announce(text: string): void;
  /** Keeps what the shopper sent from the lookup form, or forgets it. */
  keepDraft(draft: LookupFormValues | null): void;
  /** Asks the view that renders next to take focus (the shopper opened or left a record, or asked for the form). */
  requestFocus(): void;
  /** A view took focus: a later re-render (a live update) must not take it again. */
  focusTaken(): void;
  /** The options after `update()` or `setLocale()`. */
  setOptions(options: WidgetOptions): void;
  /** Shows a loaded locale and its catalog together. */
  showLocale(locale: string, catalog: Messages): void;
  /** Moves the clock "updated N minutes ago" reads, while a record is shown. */
  tick(): void;
}

/**
 * Creates the controller of one widget instance: the only place that calls the client. Every failure ends in a
 * state and a `waypost:error` event; nothing is thrown to the caller.
 *
 * @example const controller = createController({ store, getClient, emit, describe, isOnline: () => navigator.onLine })
 */
export function createController({
  store,
  getClient,
  emit,
  describe,
  loadViews,
  loadLive,
  isOnline,
}: ControllerOptions): Controller {
  let lastQuery: LookupQuery | null = null;
  let abort: AbortController | null = null;
  let stopWatch: (() => void) | null = null;
  let disposed = false;
  // What `announce()` last said, and when: an update within 10 s joins it rather than cutting it off.
  let announced = '';
  let announcedAt = 0;

  const setState = (state: WidgetState, result: LookupResult | null = store.result.peek()) => {
    const previousState = store.state.peek();
    store.state.value = state;
    if (previousState === state && state !== 'ready') return;
    emit('status', { state, previousState, ...(state === 'ready' && result ? getRecordStatus(result) : {}) });
  };

  const report = (error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    emit('error', {
      code: typeof code === 'string' ? code : 'internal',
      message: error instanceof Error ? error.message : String(error),
      error,
    });
  };

  const fail = (error: unknown, query: LookupQuery | null, user = false) => {
    const state = getErrorState(error, isOnline());
    if (!state || disposed) return;
    report(error);
    batch(() => {
      store.retryAfter.value = isRateLimitError(error) ? error.retryAfter : undefined;
      store.linkExpired.value = state === 'verification_failed' && query !== null && 'token' in query;
      store.invalid.value = query && isInvalidRequestError(error) ? mapFieldErrors(error.fields, query) : null;
      store.unreachable.value =
        state === 'error' && (isNetworkError(error) ? 'network' : isTimeoutError(error) && 'timeout');
      store.result.value = null;
      store.announcement.value = '';
      if (user) store.focusRequest.value += 1;
      setState(state, null);
    });
  };

  // A watch waits for its code; one stopped meanwhile (a new lookup, `reset()`, `dispose()`) never starts.
  const watch = (result: LookupResult) => {
    stopWatch?.();
    stopWatch = null;
    store.stale.value = false;
    if (store.options.peek().live === false) return;
    let stop: (() => void) | null | undefined;
    stopWatch = () => {
      stop?.();
      stop = null;
    };
    loadLive().then(
      (module) => {
        if (stop === undefined) stop = module.createLiveWatch(live, result);
      },
      () => {},
    );
  };

  const show = (result: LookupResult, user: boolean, previous: LookupResult | null) => {
    batch(() => {
      store.result.value = result;
      store.updatedAt.value = Date.now();
      store.now.value = Date.now();
      store.retryAfter.value = undefined;
      store.linkExpired.value = false;
      // An update that reads as the record before it did (the order reloaded after a return: the same parcel) is
      // not news; a real one right after a panel's confirmation is said with it, not over it.
      const text = describe(result, previous);
      if (!previous || text) {
        const current = store.announcement.peek();
        const join = previous && announced && current === announced && Date.now() - announcedAt < 10_000;
        store.announcement.value = join ? `${current} ${text}` : text;
        announced = '';
      }
      if (user) store.focusRequest.value += 1;
      const before = previous ? getRecordStatus(previous) : null;
      const after = getRecordStatus(result);
      const moved = !before || before.milestone !== after.milestone || before.exception !== after.exception;
      if (store.state.peek() !== 'ready' || moved) setState('ready', result);
    });
    if (previous) for (const detail of getEtaChanges(previous, result)) emit('eta-changed', detail);
  };

  const live: LiveWatchOptions = {
    store,
    getClient,
    show,
    fail,
    report,
    watch,
    isDisposed: () => disposed,
    getQuery: () => lastQuery,
  };

  const lookup = async (query: LookupQuery, user = false) => {
    if (disposed) return;
    abort?.abort();
    stopWatch?.();
    stopWatch = null;
    const controller = new AbortController();
    abort = controller;
    lastQuery = query;
    batch(() => {
      store.result.value = null;
      // The form the shopper sent goes: focus moves to the loading state's words, then to what comes next.
      if (user) store.focusRequest.value += 1;
      setState('loading', null);
    });
    try {
      const views = loadViews();
      // Only a found record needs them: the lookup's own failure (not found, say) comes first.
      views.catch(() => {});
      const result = await getClient().lookup(query, { signal: controller.signal });
      await views;
      // Yield once between reading the answer (parsing and validating a large order is sizeable work) and
      // rendering it, so the two never add up to one long task.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (disposed || controller.signal.aborted) return;
      const { kind, id } = getRecordStatus(result);
      emit('lookup', { method: getLookupMethod(query), kind, id });
      show(result, user, null);
      watch(result);
    } catch (error) {
      if (!controller.signal.aborted) fail(error, query, user);
    }
  };

  return {
    lookup,
    async refresh(user = false) {
      const current = store.result.peek();
      if (!current) {
        if (lastQuery) await lookup(lastQuery, user);
        return;
      }
      try {
        const next = await getClient().refresh(current);
        if (!disposed && store.result.peek() === current) show(next, false, current);
      } catch (error) {
        // A failed re-read keeps the record on screen: stale data beats an error page.
        if (!disposed && getErrorState(error, isOnline())) report(error);
      }
    },
    reset() {
      abort?.abort();
      stopWatch?.();
      stopWatch = null;
      lastQuery = null;
      batch(() => {
        store.stale.value = false;
        store.result.value = null;
        store.linkExpired.value = false;
        setState('form', null);
      });
    },
    dispose() {
      disposed = true;
      abort?.abort();
      stopWatch?.();
      stopWatch = null;
    },
    announce(text) {
      store.announcement.value = announced = text;
      announcedAt = Date.now();
    },
    keepDraft(draft) {
      store.draft.value = draft;
    },
    requestFocus() {
      store.focusRequest.value++;
    },
    focusTaken() {
      store.focusRequest.value = 0;
    },
    setOptions(options) {
      store.options.value = options;
    },
    showLocale(locale, catalog) {
      batch(() => {
        store.locale.value = locale;
        store.catalog.value = catalog;
      });
    },
    tick() {
      if (store.state.peek() === 'ready') store.now.value = Date.now();
    },
  };
}
