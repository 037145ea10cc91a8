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

// The issues of the `all` run in progress (validators are synchronous, so one variable is enough), else
// `undefined`.
let found: ValidationIssue[] | undefined;

// Runs a validator on a child value; on failure prepends the child's key to the issue's path. `all` swaps in a
// collecting version while it runs, so the browser build (which never collects) carries only this one.
let at = <T>(key: string | number, validator: Validator<T>, value: unknown): T => {
  try {
    return validator(value);
  } catch (issue) {
    if (issue instanceof ValidationIssue) issue.path.unshift(key);
    throw issue;
  }
};

// The collect-all `at`: a bad child is recorded in `issues` and reads as `undefined`, so its siblings are still
// checked; keys are prepended to every issue recorded below the child.
const collectAt =
  (issues: ValidationIssue[]): typeof at =>
  <T>(key: string | number, validator: Validator<T>, value: unknown): T => {
    const start = issues.length;
    try {
      return validator(value);
    } catch (issue) {
      if (!(issue instanceof ValidationIssue)) throw issue;
      issues.push(issue);
      return undefined as T;
    } finally {
      for (const issue of issues.slice(start)) issue.path.unshift(key);
    }
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
  (value) =>
    Array.isArray(value) ? value.map((entry, index) => at(index, item, entry)) : fail('an array', value);

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
    for (const key in validators) {
      const entry = at(key, validators[key]!, (value as Record<string, unknown>)[key]);
      if (entry !== undefined) output[key] = entry;
    }
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
 * `ValidationIssue` whose `issues` lists each bad field with its path (a bad root value throws a plain issue).
 * Request bodies use it to name every bad field at once; responses stop at the first.
 *
 * @example v.all(startReturnInputSchema)(body) // throws { issues: [{ path: ['items', 0, 'quantity'] }, …] }
 */
export const all =
  <T>(validator: Validator<T>): Validator<T> =>
  (value) => {
    const previous = [found, at] as const;
    const issues: ValidationIssue[] = [];
    found = issues;
    at = collectAt(issues);
    try {
      const output = validator(value);
      if (issues.length > 0) throw Object.assign(new ValidationIssue('valid entries', value), { issues });
      return output;
    } finally {
      [found, at] = previous;
    }
  };

/**
 * A value `validator` accepts, then `test` approves as a whole; when it does not, the issue is reported at `key`
 * (a rule across fields). In collect-all mode the rule runs only when every field was valid.
 *
 * @example v.refine(alertSchema, (alert) => isEmailAddress(alert.address), 'address', 'An email address')
 */
export const refine =
  <T>(validator: Validator<T>, test: (value: T) => boolean, key: string, expected: string): Validator<T> =>
  (value) => {
    const start = found?.length;
    const output = validator(value);
    return found?.length !== start || test(output)
      ? output
      : at(key, () => fail(expected, (output as Record<string, unknown>)[key]), undefined);
  };

/**
 * Like `object`, and every key not listed is refused with `expected` (reported first, at that key).
 *
 * @example v.strict<TokenLookup>({ token: v.string }, 'Not allowed with this lookup form')
 */
export const strict =
  <T>(entries: Entries<NoInfer<T>>, expected: string): Validator<T> =>
  (value) => {
    if (!isObject(value)) fail('an object', value);
    for (const key of Object.keys(value as object)) {
      if (!Object.hasOwn(entries, key)) at(key, () => fail(expected, (value as Record<string, unknown>)[key]), 0);
    }
    return object<T>(entries)(value);
  };
