import type { WidgetOptions } from '../types/WidgetOptions.js';

/**
 * Every widget option by name, at runtime (`WidgetOptions` is a type only): `<waypost-tracker>` defines a property
 * for each, and `@waypost/vue` declares a prop for each. The check below fails the typecheck when `WidgetOptions`
 * gains an option this list lacks; `satisfies` fails it when the list names one `WidgetOptions` lacks.
 *
 * @example OPTION_NAMES.includes('loadMessages') // true
 */
export const OPTION_NAMES = [
  'endpoint',
  'client',
  'order',
  'email',
  'postalCode',
  'trackingNumber',
  'carrier',
  'token',
  'urlToken',
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
  'live',
  'timelineLimit',
  'lookupMethods',
  'issueRouting',
  'faqs',
  'promo',
] as const satisfies ReadonlyArray<keyof WidgetOptions>;

type Missing = Exclude<keyof WidgetOptions, (typeof OPTION_NAMES)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
