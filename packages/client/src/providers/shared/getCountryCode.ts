// ISO 3166-1 alpha-3 → alpha-2 for the countries parcels most often pass through. Others are kept as sent.
const alpha2 = new Map(
  Object.entries<string>({
    USA: 'US',
    CAN: 'CA',
    MEX: 'MX',
    BRA: 'BR',
    GBR: 'GB',
    IRL: 'IE',
    FRA: 'FR',
    DEU: 'DE',
    NLD: 'NL',
    BEL: 'BE',
    LUX: 'LU',
    ESP: 'ES',
    PRT: 'PT',
    ITA: 'IT',
    CHE: 'CH',
    AUT: 'AT',
    DNK: 'DK',
    SWE: 'SE',
    NOR: 'NO',
    FIN: 'FI',
    POL: 'PL',
    CZE: 'CZ',
    HUN: 'HU',
    GRC: 'GR',
    TUR: 'TR',
    ISR: 'IL',
    ARE: 'AE',
    SAU: 'SA',
    IND: 'IN',
    CHN: 'CN',
    HKG: 'HK',
    TWN: 'TW',
    JPN: 'JP',
    KOR: 'KR',
    SGP: 'SG',
    MYS: 'MY',
    THA: 'TH',
    VNM: 'VN',
    IDN: 'ID',
    PHL: 'PH',
    AUS: 'AU',
    NZL: 'NZ',
    ZAF: 'ZA',
  }),
);

/**
 * A country as ISO 3166-1 alpha-2 when the input allows it (`US`, `usa`, `CHN`), otherwise the text as sent
 * (`China`). Providers mix codes and names in the same field (AfterShip `country_name: "ESP"`, docs/adapters.md#q9-type-drift).
 *
 * @example getCountryCode('ESP') // 'ES'
 * @example getCountryCode('Japan') // 'Japan'
 */
export function getCountryCode(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper;
  return alpha2.get(upper) ?? text;
}
