import * as v from '../validate/validators.js';

/** A non-empty string. */
export const idSchema = v.check(v.string, (text) => text !== '', 'a non-empty string');

/** An optional http/https URL; any other scheme (`javascript:`, `data:`) is dropped rather than kept. */
export const optionalUrlSchema = v.httpUrl;

/** A finite number (JSON cannot carry NaN, but an in-process source could). */
export const finiteSchema = v.number;

/** A string `Date.parse` reads (the protocol sends ISO 8601 instants). */
export const instantTextSchema = v.check(v.string, (text) => !Number.isNaN(Date.parse(text)), 'an ISO 8601 instant');
