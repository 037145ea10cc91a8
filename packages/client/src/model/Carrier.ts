/** The company moving a parcel. */
export interface Carrier {
  /** Stable lowercase code (`ups`, `usps`, `dhl-express`). */
  code: string;
  /** Display name (`UPS`). */
  name: string;
  /** The carrier's home or support page (http/https). */
  url?: string;
}
