import { OPTION_NAMES, type WidgetOptions } from '@waypost/widget';
import type { PropType } from 'vue';

/** Options Vue must cast as booleans, so that `<WaypostTracker live />` means `live: true`. */
const booleanOptions = ['live', 'urlToken'] as const satisfies ReadonlyArray<keyof WidgetOptions>;

type BooleanOption = (typeof booleanOptions)[number];
const isBooleanOption = (name: string): name is BooleanOption => (booleanOptions as readonly string[]).includes(name);

/** The props of `<WaypostTracker>`: one per widget option, typed from the widget's `WidgetOptions`. */
export type WaypostTrackerPropsOptions = {
  [K in keyof WidgetOptions]-?: K extends BooleanOption
    ? { type: BooleanConstructor; default: undefined }
    : { type: PropType<WidgetOptions[K]> };
};

/**
 * The runtime props declaration: one prop per name in the widget's `OPTION_NAMES`. Value options declare no
 * runtime type (`type: null`: Vue checks nothing, the widget validates its options itself); boolean ones default
 * to `undefined`, not Vue's `false`, so an absent prop keeps the widget's own default.
 */
export const waypostTrackerProps = Object.fromEntries(
  OPTION_NAMES.map((name) => [name, isBooleanOption(name) ? { type: Boolean, default: undefined } : { type: null }]),
) as unknown as WaypostTrackerPropsOptions;
