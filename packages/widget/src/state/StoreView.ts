import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Store } from './createStore.js';

/**
 * The store as components see it: every signal read-only. Only the controller writes the store; a component
 * that needs a change asks the controller (`controller.announce(text)`).
 */
export type StoreView = {
  readonly [K in keyof Store]: Store[K] extends Signal<infer T> ? ReadonlySignal<T> : Store[K];
};
