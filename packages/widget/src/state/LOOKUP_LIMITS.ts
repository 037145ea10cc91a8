/**
 * The longest value (in UTF-16 code units, after trimming) the protocol's lookup takes for each field, as
 * `lookupQueryInputSchema` in `@waypost/client` checks it: the form's inputs stop there (`maxlength`) and
 * `validateLookupForm` checks again, so such input is refused in the browser instead of by a `400`.
 *
 * @example LOOKUP_LIMITS.orderNumber // 64
 */
export const LOOKUP_LIMITS = {
  orderNumber: 64,
  email: 254,
  postalCode: 16,
  trackingNumber: 64,
  carrier: 64,
} as const;
