// A small validator kit for the model (the browser client ships it, so every byte counts): each combinator returns
// a `Validator`, a plain function that returns the cleaned value or throws a `ValidationIssue` for the first bad
// field, or with `v.all` for every bad field. Use as `import * as v from '../validate/validators.js'`.
import { isHttpUrl } from '../isHttpUrl.js';
import { ValidationIssue, type Validator } from './Validator.js';

/** Each key of `T` (optional ones included) with the validator of its value: `Entries<LineItem>`. */
export type Entries<T> = { [K in keyof Required<T>]: Validator<T[K]> };

const fail = (expected: string, value: unknown): never => {
  throw new ValidationIssue(expected, value);
};

// Set while `all` runs (validators are synchronous, so a flag is enough): objects and arrays then go on past a bad
// child and throw every issue together.
let collecting = false;

// Runs a validator on a child value; on failure prepends the child's key to the path of the issue (or of each
// collected issue). In collect-all mode the issues go into `found` and the child reads as `undefined`.
const at = <T>(key: string | number, validator: Validator<T>, value: unknown, found?: ValidationIssue[]): T => {
  try {
    return validator(value);
  } catch (issue) {
    if (!(issue instanceof ValidationIssue)) throw issue;
    const issues = issue.issues ?? [issue];
    for (const each of issues) each.path.unshift(key);
    if (!collecting || !found) throw issue;
    found.push(...issues);
    return undefined as T;
  }
};

// Throws the issues a collect-all pass found in `value`'s children, if any.
const report = (found: ValidationIssue[], value: unknown) => {
  if (found.length > 0) throw new ValidationIssue('valid entries', value, found);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Any string. @example v.string('W1001') // 'W1001' */
export const string: Validator<string> = (value) => (typeof value === 'string' ? value : fail('a string', value));

/** A finite number (JSON cannot carry NaN or Infinity, but an in-process source could). @example v.number(49.9) */
export const number: Validator<number> = (value) =>
  Number.isFinite(value) ? (value as number) : fail('a finite number', value);

/** `true` or `false`. @example v.boolean(false) // false */
export const boolean: Validator<boolean> = (value) => (typeof value === 'boolean' ? value : fail('a boolean', value));

/** An integer in `[min, max]`. @example v.integer(0) // a quantity */
export const integer =
  (min: number, max = Number.POSITIVE_INFINITY): Validator<number> =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : fail(`an integer from ${min} to ${max}`, value);

/** One of a fixed list of values. @example v.picklist(MILESTONES) */
export const picklist =
  <const T extends string | number>(options: readonly T[]): Validator<T> =>
  (value) =>
    options.includes(value as T) ? (value as T) : fail(`one of ${options.join(', ')}`, value);

/** Exactly `expected`. @example v.literal('order') */
export const literal = <const T extends string | number>(expected: T): Validator<T> => picklist([expected]);

/** A value that `validator` accepts and `test` approves. @example v.check(v.string, (s) => s !== '', 'text') */
export const check =
  <T>(validator: Validator<T>, test: (value: T) => boolean, expected: string): Validator<T> =>
  (value) => {
    const output = validator(value);
    return test(output) ? output : fail(expected, value);
  };

/** A string matching `pattern`. @example v.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code') */
export const regex = (pattern: RegExp, expected: string): Validator<string> =>
  check(string, (text) => pattern.test(text), expected);

/** `undefined` (an absent key) or a valid value. @example v.optional(v.string) */
export const optional =
  <T>(validator: Validator<T>): Validator<T | undefined> =>
  (value) =>
    value === undefined ? undefined : validator(value);

/** `null` or a valid value. @example v.nullable(shipmentSchema) */
export const nullable =
  <T>(validator: Validator<T>): Validator<T | null> =>
  (value) =>
    value === null ? null : validator(value);

/** `null`, `undefined` or a valid value. @example v.nullish(v.string) */
export const nullish =
  <T>(validator: Validator<T>): Validator<T | null | undefined> =>
  (value) =>
    value == null ? value : validator(value);

/** An array of valid items, validated in order; the path names the bad item's index. @example v.array(v.string) */
export const array =
  <T>(item: Validator<T>): Validator<T[]> =>
  (value) => {
    if (!Array.isArray(value)) return fail('an array', value);
    const found: ValidationIssue[] = [];
    const output = value.map((entry, index) => at(index, item, entry, found));
    report(found, value);
    return output;
  };

/**
 * An object with exactly the listed keys: unknown keys are dropped, and a key whose validator yields `undefined`
 * (absent optional, dropped link) is left out. `T` comes from the annotation (`Validator<Order>`) or the type
 * argument, never from the entries, so a forgotten, extra or mistyped key fails to compile.
 *
 * @example const money = v.object<Money>({ amount: v.number, currency: v.string })
 */
export const object =
  <T>(entries: Entries<NoInfer<T>>): Validator<T> =>
  (value) => {
    if (!isObject(value)) fail('an object', value);
    const output: Record<string, unknown> = {};
    const validators = entries as Record<string, Validator<unknown>>;
    const found: ValidationIssue[] = [];
    for (const key in validators) {
      const entry = at(key, validators[key]!, (value as Record<string, unknown>)[key], found);
      if (entry !== undefined) output[key] = entry;
    }
    report(found, value);
    return output as T;
  };

/**
 * One of several object shapes, chosen by the string at `tag`; an unknown tag is reported at that key.
 *
 * @example const time = v.variant('kind', { instant: instantSchema, wall: wallSchema, date: dateSchema })
 */
export const variant =
  <T extends Record<K, string>, K extends string>(
    tag: K,
    options: { [V in T[K]]: Validator<Extract<T, Record<K, V>>> },
  ): Validator<T> =>
  (value) => {
    if (!isObject(value)) fail('an object', value);
    const kind = (value as Record<string, unknown>)[tag];
    const choices = options as Record<string, Validator<T>>;
    return typeof kind === 'string' && Object.hasOwn(choices, kind)
      ? choices[kind as string]!(value)
      : (at(tag, picklist(Object.keys(choices)), kind) as never);
  };

/**
 * A value both validators accept, as the union of their outputs' keys.
 *
 * @example const result = v.and(resourceSchema, v.object<{ access: Access }>({ access: accessSchema }))
 */
export const and =
  <A, B>(first: Validator<A>, second: Validator<B>): Validator<A & B> =>
  (value) => ({ ...first(value), ...second(value) });

/**
 * An optional http/https URL; a string with any other scheme (`javascript:`, `data:`) is dropped, not kept.
 *
 * @example v.object<Carrier>({ code: v.string, name: v.string, url: v.httpUrl })
 */
export const httpUrl: Validator<string | undefined> = (value) =>
  value === undefined || isHttpUrl(string(value)) ? (value as string | undefined) : undefined;

/**
 * Runs `validator` in collect-all mode: objects and arrays check every entry, and a bad value throws one
 * `ValidationIssue` whose `issues` lists each bad field with its path (a lone bad scalar throws a plain issue).
 * Request bodies use it to name every bad field at once; responses stop at the first.
 *
 * @example v.all(startReturnInputSchema)(body) // throws { issues: [{ path: ['items', 0, 'quantity'] }, …] }
 */
export const all =
  <T>(validator: Validator<T>): Validator<T> =>
  (value) => {
    const previous = collecting;
    collecting = true;
    try {
      return validator(value);
    } finally {
      collecting = previous;
    }
  };
