import type { ActionBar } from '../components/ActionBar.js';
import type { ExchangeView } from '../components/ExchangeView.js';
import type { PromoSlot } from '../components/PromoSlot.js';
import type { ReturnView } from '../components/ReturnView.js';
import type { ShipmentActions } from '../components/ShipmentActions.js';

/**
 * The parts of the widget that load after the first paint, by module name: `actions` (the "Need help?" bar, the
 * promo slot, the in-context entries beside a parcel's banner and the capabilities they read) right after a
 * result shows, `records` (the return and exchange
 * views) as soon as a result holds such a record.
 */
export interface LazyModules {
  actions: { ActionBar: typeof ActionBar; PromoSlot: typeof PromoSlot; ShipmentActions: typeof ShipmentActions };
  records: { ReturnView: typeof ReturnView; ExchangeView: typeof ExchangeView };
}

/** The name of a module that loads after the first paint. */
export type LazyName = keyof LazyModules;
