/** The kinds of record a lookup or a read returns. */
export const RESOURCE_KINDS = ['order', 'return', 'exchange', 'shipment'] as const;

/** The kind of a top-level record. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
