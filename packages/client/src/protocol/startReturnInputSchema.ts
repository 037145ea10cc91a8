import type { StartReturnInput } from '../model/Actions.js';
import { RETURN_RESOLUTIONS } from '../model/ReturnResolution.js';
import type { Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import * as input from './inputValidators.js';

/**
 * Validates a `POST /returns` body (`StartReturnInput`); quantities are checked against the order later.
 *
 * @example v.all(startReturnInputSchema)({ orderId: 'ord_1', items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }], resolution: 'refund' })
 */
export const startReturnInputSchema: Validator<StartReturnInput> = v.object({
  orderId: input.id,
  items: input.list(
    v.object<StartReturnInput['items'][number]>({
      itemId: input.id,
      quantity: input.count(1, 1000),
      reason: input.text(200),
      comment: input.optionalText(2000),
    }),
    1,
    100,
  ),
  resolution: input.oneOf(RETURN_RESOLUTIONS),
  exchangeFor: v.optional(
    input.list(v.object<{ itemId: string; variant: string }>({ itemId: input.id, variant: input.text(256) }), 0, 100),
  ),
});
