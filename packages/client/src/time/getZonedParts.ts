/** The reading of a wall clock in one IANA zone at one instant, plus that zone's offset there. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC (`-480` in San Francisco in winter). */
  offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Reads the wall clock of `zone` at `date` with `Intl` alone, so neither the client nor the demo ships time-zone
 * data of its own. Throws a `RangeError` for an unknown zone or an invalid date.
 *
 * @internal
 * @example getZonedParts(new Date('2024-11-27T17:05:00Z'), 'America/Chicago') // { hour: 11, minute: 5, offset: -360, … }
 */
export function getZonedParts(date: Date, zone: string): ZonedParts {
  const parts = { offset: 0 } as ZonedParts;
  for (const { type, value } of getFormatter(zone).formatToParts(date)) {
    if (type !== 'literal') parts[type as keyof ZonedParts] = Number(value);
  }
  // Some engines print midnight as hour 24 even with h23.
  parts.hour %= 24;
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  wall.setUTCHours(parts.hour, parts.minute, parts.second);
  parts.offset = Math.round((wall.getTime() - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  return parts;
}
