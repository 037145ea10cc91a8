import type { LineItem } from './LineItem.js';
import type { Refund } from './Refund.js';
import type { ReturnStage } from './ReturnStage.js';
import type { Shipment } from './Shipment.js';
import type { TimeValue } from './TimeValue.js';

/** A line item coming back, with why. */
export interface ReturnItem extends LineItem {
  reason?: string;
}

/** A return (RMA): the inbound parcel, its stage and its refund. */
export interface Return {
  id: string;
  /** The number shown to shoppers and support. */
  rma: string;
  orderId?: string;
  orderNumber?: string;
  stage: ReturnStage;
  /** Why it ended when `stage` is `rejected`, `cancelled` or `expired`. */
  stageReason?: string;
  items: ReturnItem[];
  /** The parcel on its way back, once there is one. */
  shipment: Shipment | null;
  refund: Refund | null;
  /** Printable label (http/https). */
  labelUrl?: string;
  /** QR code for label-free drop-off (http/https). */
  qrCodeUrl?: string;
  /** Drop the parcel off before this. */
  dropOffBy?: TimeValue;
  exchangeId?: string;
  createdAt: TimeValue;
  updatedAt?: TimeValue;
}
