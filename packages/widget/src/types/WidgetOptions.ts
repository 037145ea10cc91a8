import type { IssueType, WaypostClient } from '@waypost/client';
import type { FaqEntry } from '../features/FaqEntry.js';
import type { IssueRoute } from '../features/IssueRoute.js';
import type { PromoCard } from '../features/PromoCard.js';
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
   * The list mode, for account pages: one line per order (number, status, date), each opening the full tracker
   * in place with a way back. Pass the signed access tokens of the shopper's orders (the same tokens `token`
   * takes), minted by your server; the attribute takes them separated by spaces. Each is looked up through the
   * client, so no order number, email or phone ever goes into a URL.
   * @default no list: the tracker
   * @example ['eyJraW5kIjoib3JkZXIi…', 'eyJraW5kIjoib3JkZXIi…']
   */
  tokens?: string[];
  /**
   * The list mode's link to the host's own page for one order: each line becomes a link to this template with
   * `{token}` replaced by the order's signed access token (URL-encoded), instead of opening the tracker in place.
   * `{token}` is the only placeholder (so no order number, email, phone or name can reach the URL) and must be
   * there; the URL must be http/https, and a relative one must stay on the page's origin. A refused template is
   * reported as `waypost:error` (`invalid_option`, an `InvalidOptionError`) and the lines open in place.
   * @default lines open the tracker in place
   * @example '/account/orders/{token}'
   */
  orderUrl?: string;
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
   * The folder of every file the widget loads after `waypost.js` (`result.js`, `actions.js`, `records.js`,
   * `orders.js`, `features.js`, `live.js`, `locales/`, `themes/`): the whole `dist/`. The script tag uses its own
   * folder; from npm it is where catalogs and presets are read by URL.
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
  /**
   * Where each problem type of "Report a problem" goes: `'api'` (`client.reportIssue`), `{ url }` (a link with
   * the order number and type) or `{ callback }` (a function of the page). `default` covers unlisted types.
   * @default 'api' when the backend takes reports, else a link to the order's support page, else no entry
   * @example { damaged: { url: 'https://shop.example/claims' }, default: 'api' }
   */
  issueRouting?: Partial<Record<IssueType | 'default', IssueRoute>>;
  /**
   * Questions and answers: entries replace a default by `id`, hide it (`hidden: true`) or add questions;
   * `false` removes the FAQ entry altogether.
   * @default localized answers for the record's state
   * @example [{ id: 'refund_timing', answer: 'Refunds reach your card within 3 business days.' }]
   */
  faqs?: FaqEntry[] | false;
  /**
   * Promo slot under the record: product cards (links and images checked), or `'slot'` to show the host's
   * `<div slot="promo">` children.
   * @default hidden
   * @example [{ title: 'Trail socks', url: 'https://shop.example/socks', price: { amount: 12, currency: 'USD' } }]
   */
  promo?: 'slot' | PromoCard[];
}
