import { getEtaSummary, type TimeValue } from '@waypost/client';

/**
 * Calendar days from today (in the viewer's zone) until a deadline: `0` on the last day, negative once it has
 * passed, `null` when the time cannot be placed on a calendar. Reuses the estimate arithmetic so deadlines and
 * delivery dates count days the same way.
 *
 * @example getDaysLeft({ kind: 'date', date: '2024-12-05', raw: '2024-12-05' }, Date.parse('2024-11-24T12:00Z')) // 11
 */
export function getDaysLeft(deadline: TimeValue, now: number, timeZone?: string): number | null {
  try {
    const summary = getEtaSummary(
      { start: deadline, changes: [] },
      { now: new Date(now), ...(timeZone ? { timeZone } : {}) },
    );
    return summary ? summary.daysUntil : null;
  } catch {
    return null;
  }
}
