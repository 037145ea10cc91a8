import { ALERT_CHANNELS } from '../AlertChannel.js';
import type { Capabilities } from '../Capabilities.js';
import type { Validator } from '../validate/Validator.js';
import * as v from '../validate/validators.js';

/** Validates `Capabilities`. */
export const capabilitiesSchema: Validator<Capabilities> = v.object({
  protocol: v.literal(1),
  lookup: v.object({ email: v.boolean, postalCode: v.boolean, trackingNumber: v.boolean }),
  push: v.boolean,
  alerts: v.nullable(v.object({ channels: v.array(v.picklist(ALERT_CHANNELS)) })),
  issues: v.boolean,
  returns: v.nullable(v.object({ exchanges: v.boolean, storeCredit: v.boolean })),
});
