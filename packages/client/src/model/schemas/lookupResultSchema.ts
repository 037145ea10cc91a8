import type { Access } from '../Access.js';
import type { LookupResult } from '../LookupResult.js';
import type { Validator } from '../validate/Validator.js';
import * as v from '../validate/validators.js';
import { idSchema, instantTextSchema } from './primitives.js';
import { resourceSchema } from './resourceSchema.js';

/** Validates a `LookupResult`: a tagged record plus its access token. */
export const lookupResultSchema: Validator<LookupResult> = v.and(
  resourceSchema,
  v.object<{ access: Access }>({ access: v.object({ token: idSchema, expiresAt: instantTextSchema }) }),
);
