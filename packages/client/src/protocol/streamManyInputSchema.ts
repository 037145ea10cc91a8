import { RESOURCE_KINDS } from '../model/ResourceKind.js';
import type { Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import * as input from './inputValidators.js';
import type { StreamManyInput } from './StreamManyInput.js';

/**
 * Validates a `POST /stream` body (`StreamManyInput`): 1 to 32 records, each with the access token that opens it.
 *
 * @example v.all(streamManyInputSchema)({ records: [{ kind: 'order', id: 'ord_1', token }] })
 */
export const streamManyInputSchema: Validator<StreamManyInput> = v.object({
  records: input.list(v.object({ kind: input.oneOf(RESOURCE_KINDS), id: input.id, token: input.text(4096) }), 1, 32),
});
