import type { WaypostClient } from '@waypost/client';
import type { Messages } from '../i18n/en.js';
import type { ThemeInput } from '../styles/getThemeCss.js';

/** The retailer's brand in the widget header. */
export interface BrandOptions {
  /** Shown beside the logo, and as the logo's text alternative. */
  name?: string;
  /** Logo image; only absolute http/https URLs are shown. */
  logoUrl?: string;
}

/** Everything `mount()` and `<waypost-tracker>` accept. Every option can change later through `update()`. */
export interface WidgetOptions {
  /**
   * Base URL of the retailer's Waypost handler; the widget creates its own client for it.
   * @example 'https://shop.example/apps/waypost'
   */
  endpoint?: string;
  /**
   * A ready client (`createClient({ source })`, a mock in tests). Wins over `endpoint`.
   * @default a client created for `endpoint`
   */
  client?: WaypostClient;
  /** Order number: prefills the form; with `email` or `postalCode` it looks the order up straight away. */
  order?: string;
  /** Checkout email, for a lookup without the form (a signed-in shopper). */
  email?: string;
  /** Shipping postal code, as an alternative to `email`. */
  postalCode?: string;
  /** Carrier tracking number: looks the parcel up straight away. */
  trackingNumber?: string;
  /** Carrier code sent with `trackingNumber` (`ups`). */
  carrier?: string;
  /**
   * A signed access token (from an email link): skips the form.
   * @default the page URL's `?waypost_token=` parameter, when present
   */
  token?: string;
  /**
   * Read `?waypost_token=` from the page URL when no `token` is given.
   * @default true
   */
  urlToken?: boolean;
  /**
   * `auto`, `light`, `dark`, a preset name from `@waypost/themes`, or a theme object.
   * @default 'auto'
   */
  theme?: ThemeInput;
  /**
   * BCP 47 tag. Without it: the host's `<html lang>`, then `navigator.languages`, then `en`.
   * @example 'fr'
   */
  locale?: string;
  /**
   * Overrides for any message, by key (see `en.ts`); they win over every catalog.
   * @example { 'form.title': 'Where is my parcel?' }
   */
  messages?: Messages;
  /**
   * Where `locales/<tag>.js` catalogs live. The script tag uses its own URL; npm users serving the files
   * elsewhere set this (the folder that contains `locales/`).
   * @example 'https://cdn.example/waypost/0.1.0/'
   */
  assetsUrl?: string;
  /**
   * Loads a catalog yourself (bundlers): `(tag) => import(`@waypost/widget/locales/${tag}.js`)`. Wins over
   * `assetsUrl`.
   */
  loadMessages?: (locale: string) => Promise<Messages | { default: Messages }>;
  /** Nonce for the `<style>` fallback in browsers without constructable stylesheets (strict `style-src`). */
  nonce?: string;
  /** Logo and name in the header. */
  brand?: BrandOptions;
  /**
   * IANA zone dates and times are shown in.
   * @default the browser's zone
   */
  timeZone?: string;
  /**
   * Keep the record fresh with `client.watch` while the page is visible.
   * @default true
   */
  live?: boolean;
  /**
   * Tracking events shown before "Show all N updates".
   * @default 3
   */
  timelineLimit?: number;
  /**
   * Lookup forms offered.
   * @default ['order', 'tracking']
   */
  lookupMethods?: Array<'order' | 'tracking'>;
}
