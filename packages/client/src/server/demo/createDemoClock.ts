import type { DateOnlyTime, InstantTime, WallClockTime } from '../../model/TimeValue.js';
import { getZonedParts, type ZonedParts } from '../../time/getZonedParts.js';

/** Demo time: where the scenarios started, where they are now, and builders of the model's time values. */
export interface DemoClock {
  /** When the demo started; every scenario is written relative to it. */
  readonly start: Date;
  /** The current demo time; scans later than this have not happened yet. */
  readonly now: Date;
  /** `minutes` before the start. */
  ago(minutes: number): Date;
  /** `minutes` after the start: a scripted future that arrives as the clock runs. */
  after(minutes: number): Date;
  /** `HH:mm` on the calendar day `day` days from the start's date in `zone` (`-1` is yesterday there). */
  at(day: number, time: string, zone: string): Date;
  /** An instant as a carrier with offsets sends it (`2024-11-27T11:05:00-06:00`), or in UTC without `zone`. */
  instant(date: Date, zone?: string): InstantTime;
  /** A wall-clock reading at the scan location; `withZone: false` drops the zone, as many carriers do. */
  wall(date: Date, zone: string, options?: { withZone?: boolean }): WallClockTime;
  /** The calendar date of `date` in `zone`. */
  date(date: Date, zone: string): DateOnlyTime;
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

function formatLocal(parts: ZonedParts): string {
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  return `${date}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}

function formatOffset(offset: number): string {
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * Creates the clock every scenario is built with. Built fresh on each read, so a record always reflects `now`.
 *
 * @example
 * const clock = createDemoClock(start, new Date())
 * clock.at(-1, '16:40', 'America/Los_Angeles') // yesterday 4:40 pm in Los Angeles
 */
export function createDemoClock(start: Date, now: Date): DemoClock {
  const minute = 60_000;
  return {
    start,
    now,
    ago: (minutes) => new Date(start.getTime() - minutes * minute),
    after: (minutes) => new Date(start.getTime() + minutes * minute),
    at(day, time, zone) {
      const [hour = 0, min = 0] = time.split(':').map(Number);
      const origin = getZonedParts(start, zone);
      const local = Date.UTC(origin.year, origin.month - 1, origin.day + day, hour, min);
      // Two passes settle the offset even when the target sits on the other side of a DST change.
      const guess = local - origin.offset * minute;
      return new Date(local - getZonedParts(new Date(guess), zone).offset * minute);
    },
    instant(date, zone) {
      const utc = date.toISOString();
      if (!zone) return { kind: 'instant', utc, raw: utc.replace('.000Z', 'Z') };
      const parts = getZonedParts(date, zone);
      const raw = `${formatLocal(parts)}${formatOffset(parts.offset)}`;
      return { kind: 'instant', utc, offset: parts.offset, zone, raw };
    },
    wall(date, zone, options = {}) {
      const local = formatLocal(getZonedParts(date, zone));
      return options.withZone === false
        ? { kind: 'wall', local, raw: local }
        : { kind: 'wall', local, zone, raw: local };
    },
    date(date, zone) {
      const value = formatLocal(getZonedParts(date, zone)).slice(0, 10);
      return { kind: 'date', date: value, raw: value };
    },
  };
}
