// Validators of request bodies, built on the model's kit (`../model/validate/validators.ts`) and run in its
// collect-all mode (`v.all`), so a 400 lists every bad field. Each `expected` here is the message that field gets
// in the problem's `errors`. Use as `import * as input from './inputValidators.js'`.
import { ValidationIssue, type Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';

const refuse = (message: string, value: unknown): never => {
  throw new ValidationIssue(message, value);
};

/** Required text, trimmed: not empty, at most `max` characters. @example input.text(200) // a reason */
export const text =
  (max: number): Validator<string> =>
  (value) => {
    if (value !== undefined && typeof value !== 'string') return refuse('A string', value);
    const trimmed = (value ?? '').trim();
    if (trimmed === '') return refuse('Required', value);
    return trimmed.length > max ? refuse(`At most ${max} characters`, value) : trimmed;
  };

/** Optional text, kept as sent: at most `max` characters. @example input.optionalText(2000) // a comment */
export const optionalText = (max: number): Validator<string | undefined> =>
  v.optional((value) =>
    typeof value !== 'string'
      ? refuse('A string', value)
      : value.length > max
        ? refuse(`At most ${max} characters`, value)
        : value,
  );

/** A record id, trimmed. @example input.id('ord_1') */
export const id: Validator<string> = text(256);

/** A whole number in `[min, max]`. @example input.count(1, 1000) // a quantity */
export const count =
  (min: number, max: number): Validator<number> =>
  (value) =>
    typeof value !== 'number'
      ? refuse('A number', value)
      : !Number.isInteger(value)
        ? refuse('A whole number', value)
        : value < min
          ? refuse(`At least ${min}`, value)
          : value > max
            ? refuse(`At most ${max}`, value)
            : value;

/** One of a closed list. @example input.oneOf(ALERT_CHANNELS) */
export const oneOf =
  <const T extends string>(options: readonly T[]): Validator<T> =>
  (value) =>
    options.includes(value as T) ? (value as T) : refuse(`One of ${options.join(', ')}`, value);

/** A list of `min` to `max` valid items, each checked. @example input.list(input.id, 0, 100) */
export const list =
  <T>(item: Validator<T>, min: number, max: number): Validator<T[]> =>
  (value) => {
    if (!Array.isArray(value)) return refuse('A list', value);
    const items = v.array(item)(value);
    if (items.length < min) return refuse(min === 1 ? 'At least one item' : `At least ${min} items`, value);
    return items.length > max ? refuse(`At most ${max} items`, value) : items;
  };
