/** One entry of Shopify's return reason library (`returnReasonDefinitions`). */
export interface ShopifyReturnReasonDefinition {
  id: string;
  handle: string;
  deleted: boolean;
}

// Handles of the library that fit each reason the widget offers, most specific first. Only `defective` is confirmed
// by a recorded payload; the rest match by the words Shopify's handles are made of.
const patterns: Record<string, RegExp[]> = {
  too_small: [/^(size-)?too-small$/, /too-small/],
  too_large: [/^(size-)?too-(large|big)$/, /too-(large|big)/],
  damaged: [/^damaged$/, /^defective$/, /damaged|defective/],
  defective: [/^defective$/, /defective|damaged/],
  wrong_item: [/^(received-)?wrong-item$/, /wrong-item/],
  not_as_described: [/^not-as-described$/, /not-as-described/],
  changed_mind: [/^(unwanted|changed-mind|change-of-mind)$/, /unwanted|changed?-(of-)?(my-)?mind|no-longer-needed/],
  unwanted: [/^unwanted$/, /unwanted|changed?-(of-)?(my-)?mind/],
  color: [/^colou?r$/, /colou?r/],
  style: [/^style$/, /style/],
};

/**
 * The id of the return reason definition to send as `returnReasonDefinitionId` for a reason the widget offers: the
 * handle the retailer chose in `overrides`, else the first live (not deleted) definition whose handle fits the
 * reason, else the library's `other`. `undefined` when none fits, so the caller can fall back to the legacy
 * `returnReason` enum.
 *
 * @example pickShopifyReturnReasonDefinition('damaged', definitions) // 'gid://shopify/ReturnReasonDefinition/305697940'
 */
export function pickShopifyReturnReasonDefinition(
  reason: string,
  definitions: readonly ShopifyReturnReasonDefinition[],
  overrides: Readonly<Record<string, string>> = {},
): string | undefined {
  const live = definitions.filter((definition) => !definition.deleted);
  const chosen = overrides[reason];
  if (chosen) return live.find((definition) => definition.handle === chosen)?.id;
  for (const pattern of [...(patterns[reason] ?? []), /^other$/, /^other-/]) {
    const found = live.find((definition) => pattern.test(definition.handle));
    if (found) return found.id;
  }
  return undefined;
}
