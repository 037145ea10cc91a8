/**
 * A readable sentence-case text for a Shopify enum value (`SIZE_TOO_SMALL` → `Size too small`), for reasons that
 * reach shoppers when the merchant wrote no text of their own. `UNKNOWN` and `OTHER` give `undefined`.
 *
 * @example getShopifyEnumText('RETURN_PERIOD_ENDED') // 'Return period ended'
 */
export function getShopifyEnumText(value: string | undefined): string | undefined {
  if (!value || value === 'UNKNOWN' || value === 'OTHER') return undefined;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
