/**
 * The numeric id inside a Shopify global id (`gid://shopify/LineItem/466157049` → `466157049`), so GraphQL and
 * REST records can be matched; any other text is returned unchanged.
 *
 * @example getShopifyLegacyId('gid://shopify/Order/450789469') // '450789469'
 */
export function getShopifyLegacyId(id: string): string {
  const match = /^gid:\/\/shopify\/[A-Za-z]+\/(\d+)/.exec(id);
  return match?.[1] ?? id;
}
