import { InvalidResponseError } from '../../errors/InvalidResponseError.js';

/** A value inside a provider payload, with the dotted path it was reached by. Every read checks the type. */
export interface PathReader {
  /** Dotted path from the payload root (`data.tracking.checkpoints.3.tag`); `''` for the root. */
  readonly path: string;
  readonly value: unknown;
  /** The child at `key`; `undefined` inside when the parent is `null`/absent. Throws when the parent is a scalar. */
  at(key: string | number): PathReader;
  /** True when the value is neither `undefined` nor `null`. */
  exists(): boolean;
  isObject(): boolean;
  /** The value as a plain object, or `InvalidResponseError`. */
  object(): Record<string, unknown>;
  /** Each element as a reader, or `InvalidResponseError` when the value is not an array. */
  array(): PathReader[];
  /** Like `array()`, but `null`/absent reads as `[]`. */
  optionalArray(): PathReader[];
  /** A string (may be empty). */
  string(): string;
  /** A non-empty string after trimming. */
  nonEmptyString(): string;
  /** A string, or `undefined` for `null`/absent/empty. Numbers are accepted and stringified (type drift, docs/adapters.md#q9-type-drift). */
  optionalString(): string | undefined;
  optionalNumber(): number | undefined;
  optionalBoolean(): boolean | undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Wraps a provider payload for type-checked reads. Any read of the wrong type throws an `InvalidResponseError`
 * whose `path` names the field, so a malformed payload never surfaces as a `TypeError`.
 *
 * @param what Names the payload in error messages (`AfterShip tracking`).
 * @example
 * const root = readPath(payload, 'EasyPost tracker');
 * const code = root.at('tracking_code').nonEmptyString(); // throws with path 'tracking_code' when missing
 */
export function readPath(value: unknown, what: string, path = ''): PathReader {
  const fail = (expected: string): never => {
    const where = path === '' ? 'the payload' : `\`${path}\``;
    throw new InvalidResponseError(`${what}: ${where} is invalid: expected ${expected}, got ${describe(value)}`, {
      path,
    });
  };
  const child = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  const reader: PathReader = {
    path,
    value,
    at(key) {
      if (value === undefined || value === null) return readPath(undefined, what, child(key));
      if (typeof value !== 'object') return fail('an object');
      return readPath((value as Record<string | number, unknown>)[key], what, child(key));
    },
    exists: () => value !== undefined && value !== null,
    isObject: () => isPlainObject(value),
    object: () => (isPlainObject(value) ? value : fail('an object')),
    array() {
      if (!Array.isArray(value)) return fail('an array');
      return value.map((item, index) => readPath(item, what, child(index)));
    },
    optionalArray: () => (value === undefined || value === null ? [] : reader.array()),
    string: () => (typeof value === 'string' ? value : fail('a string')),
    nonEmptyString: () => (typeof value === 'string' && value.trim() !== '' ? value : fail('a non-empty string')),
    optionalString() {
      if (value === undefined || value === null || value === '') return undefined;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      return typeof value === 'string' ? value : fail('a string or null');
    },
    optionalNumber() {
      if (value === undefined || value === null) return undefined;
      return typeof value === 'number' && Number.isFinite(value) ? value : fail('a number or null');
    },
    optionalBoolean() {
      if (value === undefined || value === null) return undefined;
      return typeof value === 'boolean' ? value : fail('a boolean or null');
    },
  };
  return reader;
}
