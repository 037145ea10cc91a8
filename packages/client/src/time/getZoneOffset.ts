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
 * The offset of `zone` from UTC at `date`, in minutes east of UTC (`-240` for New York in summer). Without a
 * zone, the runtime's own. Returns `NaN` for an unknown zone or an invalid date, so callers can fall back.
 *
 * @internal
 * @example getZoneOffset(new Date('2024-07-01T12:00:00Z'), 'America/New_York') // -240
 */
export function getZoneOffset(date: Date, zone?: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) return Number.NaN;
  if (zone === undefined) return -date.getTimezoneOffset();
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = getFormatter(zone);
  } catch {
    return Number.NaN;
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(date)) parts[type] = Number(value);
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year!, parts.month! - 1, parts.day);
  // Some engines print midnight as hour 24 even with h23.
  wall.setUTCHours(parts.hour! % 24, parts.minute, parts.second);
  return Math.round((wall.getTime() - (time - date.getUTCMilliseconds())) / 60_000);
}
