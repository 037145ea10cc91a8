import { decodeEntities } from './decodeEntities.js';
import type { PathReader } from './readPath.js';

/**
 * A display string from a provider payload: trimmed, with HTML entities decoded (carriers send `&amp;` and
 * `&#153;` in messages and place names). Empty, blank, `null` and absent all read as `undefined`, so callers can
 * chain fallbacks with `??`.
 *
 * @example getText(readPath({ message: ' Tom &amp; Jerry ' }, 'payload').at('message')) // 'Tom & Jerry'
 */
export function getText(reader: PathReader): string | undefined {
  const value = reader.optionalString()?.trim();
  return value ? decodeEntities(value) : undefined;
}
