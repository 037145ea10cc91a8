import type { WidgetOptions } from '@waypost/widget';
import type { PropType } from 'vue';

/** Options Vue must cast as booleans, so that `<WaypostTracker live />` means `live: true`. */
const booleanOptions = ['live', 'urlToken'] as const;

/** Every other option, passed to the widget as given. */
const valueOptions = [
  'endpoint',
  'client',
  'order',
  'email',
  'postalCode',
  'trackingNumber',
  'carrier',
  'token',
  'tokens',
  'orderUrl',
  'theme',
  'locale',
  'messages',
  'assetsUrl',
  'loadMessages',
  'nonce',
  'brand',
  'timeZone',
  'timelineLimit',
  'lookupMethods',
  'issueRouting',
  'faqs',
  'promo',
] as const;

type BooleanOption = (typeof booleanOptions)[number];
type Listed = BooleanOption | (typeof valueOptions)[number];
// Fails the typecheck when the widget gains an option this list lacks, or loses one it names.
const complete: [Exclude<keyof WidgetOptions, Listed> | Exclude<Listed, keyof WidgetOptions>] extends [never]
  ? true
  : never = true;
void complete;

/** The props of `<WaypostTracker>`: one per widget option, typed from the widget's `WidgetOptions`. */
export type WaypostTrackerPropsOptions = {
  [K in keyof WidgetOptions]-?: K extends BooleanOption
    ? { type: BooleanConstructor; default: undefined }
    : { type: PropType<WidgetOptions[K]> };
};

/**
 * The runtime props declaration. Value options declare no runtime type (`type: null`: Vue checks nothing, the
 * widget validates its options itself); boolean ones default to `undefined`, not Vue's `false`, so an absent prop
 * keeps the widget's own default.
 */
export const waypostTrackerProps = Object.fromEntries([
  ...booleanOptions.map((name) => [name, { type: Boolean, default: undefined }]),
  ...valueOptions.map((name) => [name, { type: null }]),
]) as unknown as WaypostTrackerPropsOptions;
