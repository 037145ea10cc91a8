import * as v from 'valibot';
import { isHttpUrl } from '../isHttpUrl.js';

/** A non-empty string. */
export const idSchema = v.pipe(v.string(), v.minLength(1));

/** An optional http/https URL; any other scheme (`javascript:`, `data:`) is dropped rather than kept. */
export const optionalUrlSchema = v.optional(
  v.pipe(
    v.string(),
    v.transform((url) => (isHttpUrl(url) ? url : undefined)),
  ),
);

/** A finite number (JSON cannot carry NaN, but an in-process source could). */
export const finiteSchema = v.pipe(v.number(), v.finite());
