import type { AlertChannel } from './AlertChannel.js';
/** What a backend supports; the widget shows only what is here. */
export interface Capabilities {
  protocol: 1;
  lookup: { email: boolean; postalCode: boolean; trackingNumber: boolean };
  /** The backend pushes updates over Server-Sent Events at `GET /stream/{kind}/{id}`. */
  push: boolean;
  /** Alert opt-in channels, or `null` when alerts are not offered. */
  alerts: { channels: AlertChannel[] } | null;
  /** `POST /issues` is served. */
  issues: boolean;
  /** `POST /returns` is served; `exchanges` says whether an exchange can be chosen. */
  returns: { exchanges: boolean; storeCredit: boolean } | null;
}
