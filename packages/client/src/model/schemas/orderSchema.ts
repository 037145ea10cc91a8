import type { Exchange } from '../Exchange.js';
import { EXCHANGE_STAGES } from '../ExchangeStage.js';
import type { LineItem } from '../LineItem.js';
import { MILESTONES } from '../Milestone.js';
import type { Money } from '../Money.js';
import type { Order } from '../Order.js';
import { REFUND_METHODS } from '../RefundMethod.js';
import type { Return, ReturnItem } from '../Return.js';
import { RETURN_STAGES } from '../ReturnStage.js';
import { SHIPMENT_EXCEPTIONS } from '../ShipmentException.js';
import type { Validator } from '../validate/Validator.js';
import type { Entries } from '../validate/validators.js';
import * as v from '../validate/validators.js';
import { finiteSchema, idSchema, optionalUrlSchema } from './primitives.js';
import { shipmentSchema } from './shipmentSchema.js';
import { timeValueSchema } from './timeValueSchema.js';

const moneySchema = v.object<Money>({
  amount: finiteSchema,
  currency: v.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code'),
});

const lineItemEntries: Entries<LineItem> = {
  id: idSchema,
  title: v.string,
  variant: v.optional(v.string),
  sku: v.optional(v.string),
  quantity: v.integer(0),
  imageUrl: optionalUrlSchema,
  price: v.optional(moneySchema),
  exchangeVariants: v.optional(v.array(v.string)),
  returnable: v.optional(
    v.object({
      eligible: v.boolean,
      reason: v.optional(v.picklist(['window_closed', 'final_sale', 'already_returned', 'not_delivered', 'other'])),
      until: v.optional(timeValueSchema),
    }),
  ),
};

const lineItemSchema = v.object<LineItem>(lineItemEntries);

/** Validates a `Return`. */
export const returnSchema: Validator<Return> = v.object({
  id: idSchema,
  rma: v.string,
  orderId: v.optional(v.string),
  orderNumber: v.optional(v.string),
  stage: v.picklist(RETURN_STAGES),
  stageReason: v.optional(v.string),
  items: v.array(v.object<ReturnItem>({ ...lineItemEntries, reason: v.optional(v.string) })),
  shipment: v.nullable(shipmentSchema),
  refund: v.nullable(
    v.object({
      amount: moneySchema,
      method: v.picklist(REFUND_METHODS),
      status: v.picklist(['pending', 'issued', 'failed']),
      issuedAt: v.optional(timeValueSchema),
    }),
  ),
  labelUrl: optionalUrlSchema,
  qrCodeUrl: optionalUrlSchema,
  dropOffBy: v.optional(timeValueSchema),
  exchangeId: v.optional(v.string),
  createdAt: timeValueSchema,
  updatedAt: v.optional(timeValueSchema),
});

/** Validates an `Exchange`. */
export const exchangeSchema: Validator<Exchange> = v.object({
  id: idSchema,
  orderId: v.optional(v.string),
  orderNumber: v.optional(v.string),
  stage: v.picklist(EXCHANGE_STAGES),
  stageReason: v.optional(v.string),
  return: returnSchema,
  replacement: v.object({
    items: v.array(lineItemSchema),
    shipment: v.nullable(shipmentSchema),
    orderId: v.optional(v.string),
  }),
  createdAt: timeValueSchema,
  updatedAt: v.optional(timeValueSchema),
});

/** Validates an `Order`. */
export const orderSchema: Validator<Order> = v.object({
  id: idSchema,
  number: v.string,
  placedAt: timeValueSchema,
  status: v.object({
    milestone: v.picklist(MILESTONES),
    exception: v.nullable(v.picklist(SHIPMENT_EXCEPTIONS)),
  }),
  shipments: v.array(shipmentSchema),
  items: v.array(lineItemSchema),
  returns: v.array(returnSchema),
  exchanges: v.array(exchangeSchema),
  links: v.object({
    returnsPortal: optionalUrlSchema,
    support: optionalUrlSchema,
    order: optionalUrlSchema,
  }),
  total: v.optional(moneySchema),
  customerFirstName: v.optional(v.string),
  updatedAt: timeValueSchema,
});
