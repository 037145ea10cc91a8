/** Order number plus the email used at checkout (compared case- and whitespace-insensitively). */
export interface OrderEmailLookup {
  orderNumber: string;
  email: string;
}

/** Order number plus the shipping postal code. */
export interface OrderPostalCodeLookup {
  orderNumber: string;
  postalCode: string;
}

/** A carrier tracking number; returns the parcel without personal data. */
export interface TrackingNumberLookup {
  trackingNumber: string;
  carrier?: string;
}

/** A signed access token, from an email deep link or an earlier lookup. */
export interface TokenLookup {
  token: string;
}

/** Every way a shopper can find a record. */
export type LookupQuery = OrderEmailLookup | OrderPostalCodeLookup | TrackingNumberLookup | TokenLookup;
