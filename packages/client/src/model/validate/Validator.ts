/**
 * Checks an unknown value and returns it typed and cleaned (unknown keys dropped, unsafe links removed), or throws
 * a `ValidationIssue` for the first bad field. Built from the combinators in `validators.ts`.
 *
 * @example const order: Order = orderSchema(JSON.parse(text))
 */
export type Validator<T> = (value: unknown) => T;

/**
 * The first problem a validator found: what it expected, the value it got, and the keys leading to it from the
 * root (filled in as the throw unwinds through objects and arrays, so a valid value costs no path bookkeeping).
 * A collect-all run (`v.all`) that found bad fields throws one issue whose `issues` lists every one of them, each
 * with its own path.
 *
 * @example new ValidationIssue('a string', 42) // path [] until an enclosing object adds its key
 */
export class ValidationIssue {
  readonly path: Array<string | number> = [];
  /** What the validator expected (`a string`), or for request bodies the message the field gets. */
  declare readonly expected: string;
  /** The value it got. */
  declare readonly value: unknown;
  /** Every bad field, when a collect-all run (`v.all`) found any. */
  declare readonly issues?: ValidationIssue[];

  // Assigned rather than declared as parameter properties: the browser build carries no field initializers.
  constructor(expected: string, value: unknown) {
    this.expected = expected;
    this.value = value;
  }
}
