import { differenceInCalendarDays } from 'date-fns';
import type { Eta } from '../model/Eta.js';
import { getCalendarDate } from './getCalendarDate.js';

/** Where an estimate stands for the viewer today; the widget turns it into text with `Intl`. */
export interface EtaSummary {
  /** `YYYY-MM-DD` of the estimate (the window's start) in the viewer's calendar. */
  date: string;
  /** `YYYY-MM-DD` of the window's last day, when the estimate is a window. */
  endDate?: string;
  /**
   * Calendar days from today to `date`, `0` while today is inside the window. Negative only when late, and then
   * counted from the estimate's last day (`-lateByDays`).
   */
  daysUntil: number;
  /** `late` once the estimate's last day is before today. */
  state: 'today' | 'tomorrow' | 'upcoming' | 'late';
  /** Calendar days since the estimate's last day, when late. */
  lateByDays?: number;
  /** True when the estimate has moved at least once (`eta.changes` is not empty). */
  moved: boolean;
}

/** The viewer's clock and calendar. */
export interface GetEtaSummaryOptions {
  /**
   * The current moment; passed in so that summaries are pure and testable.
   * @example { now: new Date() }
   */
  now: Date;
  /**
   * IANA zone of the viewer, whose calendar decides what "today" is.
   * @default the runtime's time zone
   * @example { timeZone: 'Europe/Paris' }
   */
  timeZone?: string;
  /**
   * True once the shipment is delivered: there is nothing left to estimate, and the summary is `null`.
   * @default false
   * @example { delivered: shipment.status.milestone === 'delivered' }
   */
  delivered?: boolean;
}

// A calendar date as local midnight of the runtime, the form date-fns' calendar arithmetic expects.
function toLocalDate(date: string): Date {
  const local = new Date(0, 0, 1);
  local.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return local;
}

/**
 * Summarizes an estimated delivery for the viewer: its date in the viewer's calendar, how many calendar days
 * away it is, and whether it is today, tomorrow, upcoming or late. Dates and floating wall-clock estimates
 * keep the date they name; instants are converted to `timeZone` first. It hides nothing by itself (an estimate
 * earlier than the latest event is still summarized); it returns `null` only when `delivered` is true, `eta` is
 * `null`, or the estimate cannot be placed on a calendar.
 *
 * @throws RangeError when `now` is an invalid Date or `timeZone` is unknown.
 * @example getEtaSummary(shipment.eta, { now: new Date(), timeZone: 'Europe/Paris' })
 * // { date: '2024-11-28', daysUntil: 1, state: 'tomorrow', moved: false }
 */
export function getEtaSummary(eta: Eta | null, options: GetEtaSummaryOptions): EtaSummary | null {
  if (!eta || options.delivered) return null;
  const today = getCalendarDate(options.now, options.timeZone);
  if (!today) throw new RangeError(`[waypost] cannot read today's date in time zone ${options.timeZone}`);
  const date = getCalendarDate(eta.start, options.timeZone);
  if (!date) return null;
  const end = eta.end ? getCalendarDate(eta.end, options.timeZone) : null;
  // A window whose end is missing or not after its start is read as a single date.
  const endDate = end && end > date ? end : undefined;
  const window = endDate ? { endDate } : {};

  const todayDate = toLocalDate(today);
  const untilStart = differenceInCalendarDays(toLocalDate(date), todayDate);
  const untilEnd = endDate ? differenceInCalendarDays(toLocalDate(endDate), todayDate) : untilStart;
  const moved = eta.changes.length > 0;
  if (untilEnd < 0) return { date, ...window, daysUntil: untilEnd, state: 'late', lateByDays: -untilEnd, moved };
  const daysUntil = Math.max(untilStart, 0);
  const state = daysUntil === 0 ? 'today' : daysUntil === 1 ? 'tomorrow' : 'upcoming';
  return { date, ...window, daysUntil, state, moved };
}
