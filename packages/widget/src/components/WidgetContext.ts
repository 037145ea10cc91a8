import type { WaypostClient } from '@waypost/client';
import { createContext } from 'preact';
import type { Controller, Emit } from '../state/createController.js';
import type { StoreView } from '../state/StoreView.js';

/** What every component of one instance reads: its store, its controller, its event emitter and its client. */
export interface WidgetContextValue {
  store: StoreView;
  controller: Controller;
  emit: Emit;
  /** The instance's client, for the shopper's actions (returns, alerts, reports); throws without an endpoint. */
  getClient: () => WaypostClient;
}

/** Provided by `App`; each mounted instance has its own value. */
export const WidgetContext = createContext<WidgetContextValue>(null as unknown as WidgetContextValue);
