const localPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;

/**
 * Reads a `YYYY-MM-DD` date or a `YYYY-MM-DDTHH:mm[:ss[.fff]]` wall-clock text as if it were UTC, so that
 * floating times can be ordered and formatted with the `UTC` zone and come out exactly as written.
 * Returns `NaN` for text that is not a real calendar date and time (`2024-02-30`, `25:00`).
 *
 * @internal
 * @example getLocalMillis('1970-01-02') // 86400000
 */
export function getLocalMillis(local: string): number {
  const match = localPattern.exec(local);
  if (!match) return Number.NaN;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const fraction = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written instead of mapping them to 19xx.
  date.setUTCFullYear(year!, month! - 1, day);
  date.setUTCHours(hour, minute, second, fraction);
  const valid = date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  return valid && second < 60 ? date.getTime() : Number.NaN;
}
