import type { TimeValue } from '../TimeValue.js';
import type { Validator } from '../validate/Validator.js';
import * as v from '../validate/validators.js';
import { instantTextSchema } from './primitives.js';

/** Validates a `TimeValue`: an instant, a wall-clock reading or a date, each with its raw string. */
export const timeValueSchema: Validator<TimeValue> = v.variant('kind', {
  instant: v.object({
    kind: v.literal('instant'),
    utc: instantTextSchema,
    offset: v.optional(v.integer(-1080, 1080)),
    zone: v.optional(v.string),
    raw: v.string,
  }),
  wall: v.object({
    kind: v.literal('wall'),
    local: v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/, 'a local date-time without offset'),
    zone: v.optional(v.string),
    raw: v.string,
  }),
  date: v.object({
    kind: v.literal('date'),
    date: v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'),
    raw: v.string,
  }),
});
