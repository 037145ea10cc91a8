import { normalizeCarrier } from './normalizeCarrier.js';

// Codes that name one carrier differently from one provider to another. The model keeps each provider's own code;
// these only decide whether two parcels are the same. AfterShip's and Ship24's `dhl` is DHL Express (the others say
// `dhl-express`), AfterShip's `dhl-global-mail` is DHL eCommerce, `postnl-3s` is PostNL's international parcels,
// Shopify's company names give `japan-post-en`/`-ja`, and Evri was Hermes UK.
const families = new Map(
  Object.entries<string>({
    dhl: 'dhl-express',
    'dhl-global-mail': 'dhl-ecommerce',
    'postnl-3s': 'postnl',
    'postnl-international': 'postnl',
    'japan-post-en': 'japan-post',
    'japan-post-ja': 'japan-post',
    hermes: 'evri',
  }),
);

// Codes that name no carrier: none given, or Shopify's "Other" tracking company.
const placeholders = new Set(['unknown', 'other']);

/**
 * The carrier a code stands for, as parcels are matched on: the normalized code (`normalizeCarrier`), with the
 * spellings several providers use for one carrier folded together, and `unknown` when the code names no carrier.
 *
 * @example getCarrierKey('DHLExpress') // 'dhl-express' (EasyPost)
 * @example getCarrierKey('dhl') // 'dhl-express' (AfterShip)
 * @example getCarrierKey('Other') // 'unknown'
 */
export function getCarrierKey(code: string | undefined): string {
  const stable = normalizeCarrier(code).code;
  if (placeholders.has(stable)) return 'unknown';
  return families.get(stable) ?? stable;
}
