import type { ExchangeStage } from './ExchangeStage.js';
import type { LineItem } from './LineItem.js';
import type { Return } from './Return.js';
import type { Shipment } from './Shipment.js';
import type { TimeValue } from './TimeValue.js';

/** An exchange: a return leg and a replacement leg, with one overall stage. */
export interface Exchange {
  id: string;
  orderId?: string;
  orderNumber?: string;
  stage: ExchangeStage;
  stageReason?: string;
  return: Return;
  replacement: {
    items: LineItem[];
    /** The replacement's parcel, once it ships. */
    shipment: Shipment | null;
    orderId?: string;
  };
  createdAt: TimeValue;
  updatedAt?: TimeValue;
}
