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
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Reads the wall clock of `zone` at `date` with `Intl` alone, so the demo needs no time-zone data of its own.
 *
 * @example getZonedParts(new Date('2024-11-27T17:05:00Z'), 'America/Chicago') // { hour: 11, minute: 5, offset: -360, … }
 */
export function getZonedParts(date: Date, zone: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of getFormatter(zone).formatToParts(date)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const parts = {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return { ...parts, offset: Math.round((asUtc - wholeSeconds) / 60_000) };
}
