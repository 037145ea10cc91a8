import * as v from 'valibot';

const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a `TimeValue`: an instant, a wall-clock reading or a date, each with its raw string. */
export const timeValueSchema = v.variant('kind', [
  v.object({
    kind: v.literal('instant'),
    utc: v.pipe(
      v.string(),
      v.check((value) => !Number.isNaN(Date.parse(value)), 'an ISO 8601 instant'),
    ),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1080), v.maxValue(1080))),
    zone: v.optional(v.string()),
    raw: v.string(),
  }),
  v.object({
    kind: v.literal('wall'),
    local: v.pipe(v.string(), v.regex(localPattern, 'a local date-time without offset')),
    zone: v.optional(v.string()),
    raw: v.string(),
  }),
  v.object({
    kind: v.literal('date'),
    date: v.pipe(v.string(), v.regex(datePattern, 'a YYYY-MM-DD date')),
    raw: v.string(),
  }),
]);
