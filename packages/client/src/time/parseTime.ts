import type { TimeValue } from '../model/TimeValue.js';
import { getLocalMillis } from './getLocalMillis.js';

/** How to read a provider's time string. */
export interface ParseTimeOptions {
  /**
   * IANA zone of the place the event happened (`Asia/Kolkata`), attached to wall-clock and instant values so a
   * wall-clock reading can later be placed on the timeline.
   * @default undefined
   * @example parseTime('2014-05-04T14:06:23', { zone: 'Asia/Kolkata' })
   */
  zone?: string;
  /**
   * What a date-time without an offset means: a `'wall'` clock reading at the scan location, or an instant in
   * `'utc'` that the provider wrote without its `Z` (AfterShip v4 `shipment_pickup_date`).
   * @default 'wall'
   * @example parseTime('2018-07-23T08:58:00', { assume: 'utc' }) // an instant, 08:58 UTC
   */
  assume?: 'wall' | 'utc';
  /**
   * Read a value at exactly midnight UTC (`2016-12-08T00:00:00Z`) as the date it names, for fields that are
   * dates padded to a timestamp (Shippo `eta`). Without it, that value shows as 7 Dec anywhere in the Americas.
   * @default false
   * @example parseTime('2016-12-08T00:00:00Z', { dateOnlyAtMidnightUtc: true }) // { kind: 'date', date: '2016-12-08', … }
   */
  dateOnlyAtMidnightUtc?: boolean;
}

// Date, optional time (`T` or a space), optional fraction, optional `Z` or offset (`+05:30`, `+0530`, `+05`).
const pattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
const midnightPattern = /^00:00(?::00(?:\.0+)?)?$/;

function readOffset(text: string): number | null {
  if (text.length === 1) return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = text.length > 3 ? Number(text.slice(-2)) : 0;
  const total = hours * 60 + minutes;
  if (minutes >= 60 || total > 1080) return null;
  // `|| 0` keeps `-00:00` from becoming -0, which strict equality in tests and callers trips on.
  return text[0] === '-' ? -total || 0 : total;
}

/**
 * Classifies a provider's time string without ever shifting it: with `Z` or an offset it is an `instant`;
 * without one a `wall` clock reading (or, with `assume: 'utc'`, an instant); `YYYY-MM-DD` or compact
 * `YYYYMMDD` is a `date`. The string is kept verbatim in `raw`.
 *
 * Invalid input policy: `null`, `undefined`, empty text, other formats and impossible dates (`2024-02-30`,
 * `25:00`, offsets beyond ±18:00) give `null`; it never throws.
 *
 * @example parseTime('2014-05-04T14:06:23') // { kind: 'wall', local: '2014-05-04T14:06:23', raw: '2014-05-04T14:06:23' }
 * @example parseTime('2024-11-27T09:05:00-05:00') // { kind: 'instant', utc: '2024-11-27T14:05:00.000Z', offset: -300, raw: … }
 * @example parseTime('20220101') // { kind: 'date', date: '2022-01-01', raw: '20220101' }
 */
export function parseTime(raw: string | null | undefined, options: ParseTimeOptions = {}): TimeValue | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  const compact = compactPattern.exec(text);
  const match = compact ? [text, `${compact[1]}-${compact[2]}-${compact[3]}`] : pattern.exec(text);
  if (!match) return null;
  const [, date = '', clock, offsetText] = match;
  const local = clock ? `${date}T${clock}` : date;
  const millis = getLocalMillis(local);
  if (Number.isNaN(millis)) return null;
  if (!clock) return { kind: 'date', date, raw };

  const zone = options.zone ? { zone: options.zone } : {};
  if (!offsetText) {
    if (options.assume === 'utc') return { kind: 'instant', utc: new Date(millis).toISOString(), ...zone, raw };
    return { kind: 'wall', local, ...zone, raw };
  }
  const offset = readOffset(offsetText);
  if (offset === null) return null;
  if (options.dateOnlyAtMidnightUtc && offset === 0 && midnightPattern.test(clock)) {
    return { kind: 'date', date, raw };
  }
  return { kind: 'instant', utc: new Date(millis - offset * 60_000).toISOString(), offset, ...zone, raw };
}
