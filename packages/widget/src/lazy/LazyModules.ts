import type { describeRecord } from '../components/describeRecord.js';
import type { ExchangeView } from '../components/ExchangeView.js';
import type { OrderList } from '../components/OrderList.js';
import type { RecordActions } from '../components/RecordActions.js';
import type { ResultView } from '../components/ResultView.js';
import type { ReturnView } from '../components/ReturnView.js';
import type { ShipmentActions } from '../components/ShipmentActions.js';
import type { FeatureModule } from '../features/FeatureModule.js';

/**
 * The parts of the widget that load after the first paint, by module name: `result` (every view of a found
 * record, with its styles) as soon as a lookup starts, `actions` (the "Need help?" bar, the promo slot, the
 * in-context entries beside a parcel's banner and the capabilities they read, with their styles) right after a
 * result shows, `records` (the return and exchange views) as soon as a result holds such a record, `orders` (the list
 * mode's view) on pages that set `tokens`, `features` (the action flows, FAQs and promo cards) when a shopper first
 * opens one from the bar. A module's
 * `css` joins every widget's styles and its `messages` join `en` when it loads.
 */
export interface LazyModules {
  result: {
    ResultView: typeof ResultView;
    describeRecord: typeof describeRecord;
    /** The views' English text (`enResult`), merged into `en` when the module loads. */
    messages: Record<string, string>;
    css: string;
  };
  actions: {
    RecordActions: typeof RecordActions;
    ShipmentActions: typeof ShipmentActions;
    /** The bar's English text and its panels' titles (`enActions`), merged into `en` when the module loads. */
    messages: Record<string, string>;
    css: string;
  };
  records: {
    ReturnView: typeof ReturnView;
    ExchangeView: typeof ExchangeView;
    /** The views' English text beyond their summaries' (`enRecords`), merged into `en` when the module loads. */
    messages: Record<string, string>;
  };
  orders: {
    OrderList: typeof OrderList;
    /** The list's English text (`enOrders`), merged into `en` when the module loads. */
    messages: Record<string, string>;
    css: string;
  };
  features: FeatureModule;
}

/** The name of a module that loads after the first paint. */
export type LazyName = keyof LazyModules;
