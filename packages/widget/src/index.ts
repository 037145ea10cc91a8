// The public surface of @waypost/widget, listed by hand. Deliberately not exported: components, the store and
// the controller (internal; their shape may change), and the script tag's command API (a global, not an import).
// Catalogs, presets and the feature module are static `import()` chunks here: the app's bundler emits and serves
// them (no `import.meta.url`, which bundlers rewrite). `assetsUrl` or `loadMessages` override catalogs.

export { type AssetKind, AssetLoadError, isAssetLoadError } from './embed/AssetLoadError.js';
export type { WaypostTrackerElement } from './embed/createElementClass.js';
export { defineElement } from './embed/defineElement.js';
export { diffOptions } from './embed/diffOptions.js';
export {
  InvalidOptionError,
  type InvalidOptionErrorOptions,
  isInvalidOptionError,
} from './embed/InvalidOptionError.js';
export { mount } from './embed/mount.js';
export { OPTION_NAMES } from './embed/OPTION_NAMES.js';
export { VERSION } from './embed/VERSION.js';
export type { WaypostElementEventMap } from './embed/WaypostElementEventMap.js';
export type { FaqEntry, FaqSituation } from './features/FaqEntry.js';
export type { IssueCallbackAnswer, IssueReport, IssueRoute } from './features/IssueRoute.js';
export type { PromoCard } from './features/PromoCard.js';
export type { MessageKey, Messages } from './i18n/en.js';
export { en, enActions, enFeatures, enOrders, enRecords, enResult } from './i18n/en.js';
export { resolveLocale } from './i18n/resolveLocale.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './i18n/SUPPORTED_LOCALES.js';
export type { ThemeInput } from './styles/getThemeCss.js';
export type {
  ActionDetail,
  ActionRecord,
  ErrorDetail,
  EtaChangedDetail,
  LookupDetail,
  ReadyDetail,
  StatusDetail,
  WidgetEventMap,
  WidgetEventName,
} from './types/WidgetEvents.js';
export type { WidgetHandle } from './types/WidgetHandle.js';
export type { WidgetListener } from './types/WidgetListener.js';
export type { BrandOptions, WidgetOptions } from './types/WidgetOptions.js';
export type { WidgetState } from './types/WidgetState.js';
