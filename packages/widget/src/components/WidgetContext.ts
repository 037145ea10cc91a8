import { createContext } from 'preact';
import type { Controller, Emit } from '../state/createController.js';
import type { Store } from '../state/createStore.js';

/** What every component of one instance reads: its store, its controller and its event emitter. */
export interface WidgetContextValue {
  store: Store;
  controller: Controller;
  emit: Emit;
}

/** Provided by `App`; each mounted instance has its own value. */
export const WidgetContext = createContext<WidgetContextValue>(null as unknown as WidgetContextValue);
