import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { LookupResult } from '@waypost/client';
import { createTranslator, type Translate } from '../i18n/createTranslator.js';
import type { Messages } from '../i18n/en.js';
import { getDirection } from '../i18n/getDirection.js';
import { NO_CATALOG } from '../i18n/NO_CATALOG.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import type { WidgetState } from '../types/WidgetState.js';
import type { InvalidLookup } from './mapFieldErrors.js';
import type { LookupFormValues } from './validateLookupForm.js';

/** One widget instance's state, as signals: components read them and re-render when they change. */
export interface Store {
  options: Signal<WidgetOptions>;
  state: Signal<WidgetState>;
  result: Signal<LookupResult | null>;
  /** Seconds to wait, from the last `RateLimitError`. */
  retryAfter: Signal<number | undefined>;
  /** The last lookup used a token that no longer works (an expired email link). */
  linkExpired: Signal<boolean>;
  /** What the server refused in the last lookup (`invalid`), as the form's fields. */
  invalid: Signal<InvalidLookup | null>;
  /**
   * The last lookup got no answer while the browser was online (`error`): the connection failed (`network`), or
   * the store did not answer in time (`timeout`); `false` for a real server fault.
   */
  unreachable: Signal<'network' | 'timeout' | false>;
  /** When the record was last read (ms since epoch). */
  updatedAt: Signal<number>;
  /**
   * Whether the record shown may be out of date: live updates dropped and are `reconnecting`, or they `ended`
   * (the access expired and could not be renewed); `false` while they are current.
   */
  stale: Signal<false | 'reconnecting' | 'ended'>;
  /** The clock "updated N minutes ago" and "arriving tomorrow" are computed against; ticks while shown. */
  now: Signal<number>;
  /** Text of the `role="status"` live region; empty at mount so the first render is not announced. */
  announcement: Signal<string>;
  /**
   * Incremented when focus should move to the view that renders next, after something the shopper did (their
   * own lookup, "Try again", "Track another order", opening or leaving a record): the result heading, the error
   * message, or the form's field. The view that takes it sets it back to 0 (`focusTaken`).
   */
  focusRequest: Signal<number>;
  /**
   * What the shopper last sent from the lookup form: the form is rebuilt with the same values and method after
   * any failed lookup, "Track another order" included, so nothing typed is lost.
   */
  draft: Signal<LookupFormValues | null>;
  /** The resolved locale tag. */
  locale: Signal<string>;
  /** The loaded catalog of `locale` (empty for English or while loading). */
  catalog: Signal<Messages>;
  t: ReadonlySignal<Translate>;
  dir: ReadonlySignal<'ltr' | 'rtl'>;
}

/**
 * Creates the signals of one widget instance. Nothing here is shared between instances.
 *
 * @example const store = createStore({ endpoint: '/apps/waypost' }, 'en')
 */
export function createStore(options: WidgetOptions, locale: string): Store {
  const store = {
    options: signal(options),
    state: signal<WidgetState>('form'),
    result: signal<LookupResult | null>(null),
    retryAfter: signal<number | undefined>(undefined),
    linkExpired: signal(false),
    invalid: signal<InvalidLookup | null>(null),
    unreachable: signal<'network' | 'timeout' | false>(false),
    updatedAt: signal(0),
    stale: signal<false | 'reconnecting' | 'ended'>(false),
    now: signal(Date.now()),
    announcement: signal(''),
    focusRequest: signal(0),
    draft: signal<LookupFormValues | null>(null),
    locale: signal(locale),
    catalog: signal(NO_CATALOG),
  };
  return {
    ...store,
    t: computed(() => createTranslator(store.locale.value, [store.options.value.messages ?? {}, store.catalog.value])),
    dir: computed(() => getDirection(store.locale.value)),
  };
}
