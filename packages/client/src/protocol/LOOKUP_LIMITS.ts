/**
 * The longest value (in UTF-16 code units, after trimming) `POST /lookup` takes for each field. The handler's
 * `lookupQueryInputSchema` and the widget's lookup form both read it, so the form refuses what the server would.
 *
 * @example LOOKUP_LIMITS.orderNumber // 64
 */
export const LOOKUP_LIMITS = {
  orderNumber: 64,
  email: 254,
  postalCode: 16,
  trackingNumber: 64,
  carrier: 64,
  token: 2048,
} as const;
