/**
 * A moment that happened at a known point on the global timeline: the source sent an offset or `Z`.
 * Displayed converted to the viewer's time zone.
 */
export interface InstantTime {
  kind: 'instant';
  /** The instant in UTC, ISO 8601 with `Z` (`2024-11-27T14:05:00.000Z`). */
  utc: string;
  /** The offset the source wrote, in minutes east of UTC, when it wrote one. */
  offset?: number;
  /** IANA zone of the place the event happened, when known. */
  zone?: string;
  /** The string exactly as the source sent it. */
  raw: string;
}

/**
 * A reading of a clock at the scan location, without an offset (`2014-05-04T14:06:23`).
 * Displayed exactly as written in every viewer time zone, unless `zone` is known.
 */
export interface WallClockTime {
  kind: 'wall';
  /** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`, no offset. */
  local: string;
  /** IANA zone of the scan location, when known; with it the reading can be placed on the timeline. */
  zone?: string;
  raw: string;
}

/** A calendar date with no time of day (`2024-11-27`); never shifted by any time zone. */
export interface DateOnlyTime {
  kind: 'date';
  /** `YYYY-MM-DD`. */
  date: string;
  raw: string;
}

/** Every time in the model: an instant, a wall-clock reading, or a date. The raw string is always kept. */
export type TimeValue = InstantTime | WallClockTime | DateOnlyTime;
