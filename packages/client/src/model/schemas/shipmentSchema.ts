import type { EtaWindow } from '../Eta.js';
import type { Location } from '../Location.js';
import { MILESTONES } from '../Milestone.js';
import type { Shipment } from '../Shipment.js';
import { SHIPMENT_EXCEPTIONS } from '../ShipmentException.js';
import type { Validator } from '../validate/Validator.js';
import * as v from '../validate/validators.js';
import { idSchema, optionalUrlSchema } from './primitives.js';
import { timeValueSchema } from './timeValueSchema.js';

const etaWindowSchema = v.object<EtaWindow>({
  start: timeValueSchema,
  end: v.optional(timeValueSchema),
});

const locationSchema = v.object<Location>({
  city: v.optional(v.string),
  region: v.optional(v.string),
  country: v.optional(v.string),
  postalCode: v.optional(v.string),
  text: v.optional(v.string),
});

/** Validates a `Shipment`. */
export const shipmentSchema: Validator<Shipment> = v.object({
  id: idSchema,
  direction: v.picklist(['outbound', 'return']),
  carrier: v.object({ code: v.string, name: v.string, url: optionalUrlSchema }),
  trackingNumber: v.string,
  trackingUrl: optionalUrlSchema,
  status: v.object({
    milestone: v.picklist(MILESTONES),
    exception: v.nullable(v.picklist(SHIPMENT_EXCEPTIONS)),
    actionRequired: v.boolean,
    cause: v.optional(v.string),
    nextStep: v.optional(v.object({ label: v.string, url: optionalUrlSchema })),
    raw: v.object({
      provider: v.string,
      status: v.string,
      substatus: v.nullish(v.string),
      message: v.nullish(v.string),
    }),
  }),
  eta: v.nullable(
    v.object({
      start: timeValueSchema,
      end: v.optional(timeValueSchema),
      changes: v.array(
        v.object({
          from: v.nullable(etaWindowSchema),
          to: v.nullable(etaWindowSchema),
          reason: v.object({ code: v.string, text: v.string }),
          detectedAt: timeValueSchema,
        }),
      ),
    }),
  ),
  events: v.array(
    v.object({
      time: v.nullable(timeValueSchema),
      milestone: v.optional(v.picklist(MILESTONES)),
      exception: v.optional(v.picklist(SHIPMENT_EXCEPTIONS)),
      description: v.string,
      location: v.optional(locationSchema),
      code: v.optional(v.string),
    }),
  ),
  itemIds: v.array(v.string),
  deliveredAt: v.optional(timeValueSchema),
  pickupPoint: v.optional(v.object({ name: v.string, address: v.optional(v.string), hours: v.optional(v.string) })),
  updatedAt: v.optional(timeValueSchema),
});
