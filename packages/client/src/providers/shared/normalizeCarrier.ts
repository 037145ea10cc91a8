import type { Carrier } from '../../model/Carrier.js';
import { isHttpUrl } from '../../model/isHttpUrl.js';

// Common codes across providers (AfterShip slugs, EasyPost and Shippo carrier names, Ship24 courier codes),
// folded to one code each. Anything else keeps the provider's own code.
const aliases = new Map(
  Object.entries<string>({
    'us-post': 'usps',
    'usps-post': 'usps',
    'fedex-express': 'fedex',
    dhlexpress: 'dhl-express',
    dhl_express: 'dhl-express',
    canadapost: 'canada-post',
    canada_post: 'canada-post',
    royalmail: 'royal-mail',
    royal_mail: 'royal-mail',
    'cn-post': 'china-post',
    chinapost: 'china-post',
    australiapost: 'australia-post',
    australia_post: 'australia-post',
    deutsche_post: 'deutsche-post',
    'dhl-ecommerce': 'dhl-ecommerce',
    dhl_ecommerce: 'dhl-ecommerce',
    lasership: 'lasership',
    // EasyPost's UPS Digital Access Program account: UPS's own parcels.
    upsdap: 'ups',
  }),
);

const names = new Map(
  Object.entries<string>({
    ups: 'UPS',
    usps: 'USPS',
    fedex: 'FedEx',
    dhl: 'DHL',
    'dhl-express': 'DHL Express',
    'dhl-ecommerce': 'DHL eCommerce',
    'canada-post': 'Canada Post',
    'royal-mail': 'Royal Mail',
    'china-post': 'China Post',
    'australia-post': 'Australia Post',
    'deutsche-post': 'Deutsche Post',
    postnl: 'PostNL',
    'postnl-3s': 'PostNL',
    '4px': '4PX',
    ontrac: 'OnTrac',
    lasership: 'LaserShip',
    dpd: 'DPD',
    gls: 'GLS',
    tnt: 'TNT',
    yodel: 'Yodel',
    hermes: 'Evri',
    evri: 'Evri',
    purolator: 'Purolator',
    'japan-post': 'Japan Post',
    shippo: 'Shippo (test)',
  }),
);

/**
 * Builds a `Carrier` from a provider's carrier code: a stable lowercase code, a display name from a small table of
 * common carriers (otherwise the provider's name, otherwise the code), and a URL only when it is http/https.
 *
 * @example normalizeCarrier('USPS') // { code: 'usps', name: 'USPS' }
 * @example normalizeCarrier('postnl-3s') // { code: 'postnl-3s', name: 'PostNL' }
 * @example normalizeCarrier('UPS Mail Innovations') // { code: 'ups-mail-innovations', name: 'UPS Mail Innovations' }
 */
export function normalizeCarrier(code: string | undefined, extra: { name?: string; url?: string } = {}): Carrier {
  // A code with spaces (EasyPost's `UPS Mail Innovations`) becomes one word a URL or key can carry.
  const folded = (code ?? '').trim().toLowerCase().replace(/\s+/g, '-');
  const stable = aliases.get(folded) ?? (folded === '' ? 'unknown' : folded);
  const name = names.get(stable) ?? extra.name?.trim() ?? (code?.trim() || 'Unknown carrier');
  return { code: stable, name, ...(isHttpUrl(extra.url) ? { url: extra.url } : {}) };
}
