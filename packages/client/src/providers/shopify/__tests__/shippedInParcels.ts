// Test helper (not a test): a real fulfillment as a merchant who packed it in several boxes would send it.

type Json = Record<string, unknown>;

/**
 * `fulfillment` (a REST fulfillment, bare) with `numbers` appended to its `tracking_numbers[]` and `urls` to its
 * `tracking_urls[]`, as Shopify lists a fulfillment shipped in several boxes; everything else as recorded.
 *
 * @example shippedInParcels(fixture.fulfillment, ['1Z1234512345123457'], ['https://…'])
 */
export function shippedInParcels(fulfillment: Json, numbers: string[], urls: Array<string | null> = []): Json {
  return {
    ...fulfillment,
    tracking_numbers: [...((fulfillment.tracking_numbers as string[] | undefined) ?? []), ...numbers],
    tracking_urls: [...((fulfillment.tracking_urls as string[] | undefined) ?? []), ...urls],
  };
}
