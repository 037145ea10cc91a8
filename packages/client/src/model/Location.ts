/** Where a scan happened. Every part is optional: carriers send what they have. */
export interface Location {
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 when the source allowed it, otherwise as sent. */
  country?: string;
  postalCode?: string;
}
