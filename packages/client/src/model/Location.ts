/** Where a scan happened. Every part is optional: carriers send what they have. */
export interface Location {
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 when the source allowed it, otherwise as sent. */
  country?: string;
  postalCode?: string;
  /**
   * The carrier's own free-text place (`LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER`), kept only when no
   * city could be read from it; adapters never put free text in `city`. It may hold a street address or a postal
   * code, so the public view of a tracking-number lookup leaves it out.
   */
  text?: string;
}
