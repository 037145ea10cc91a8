/** What a shopper can ask for in exchange for returned items (`POST /returns`). */
export const RETURN_RESOLUTIONS = ['refund', 'exchange', 'store_credit'] as const;

/** One of `RETURN_RESOLUTIONS`. */
export type ReturnResolution = (typeof RETURN_RESOLUTIONS)[number];
