import type { Eta, EtaChange } from '../../model/Eta.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { compareTimes } from '../../time/compareTimes.js';

/** One estimate a provider sent, in the order of trust the adapter gives it. */
export interface EtaCandidate {
  start: TimeValue | null;
  end?: TimeValue | null;
}

/** What `pickEta` needs to know about the shipment. */
export interface PickEtaOptions {
  /** A delivered shipment shows no ETA (docs/adapters.md#q5-etas-that-contradict-the-timeline). */
  delivered: boolean;
  /** The newest event's time; an estimate that ends before it is stale and skipped (docs/adapters.md#q5-etas-that-contradict-the-timeline). */
  latestEventTime: TimeValue | null;
  /**
   * Earlier estimates the provider reported, oldest first.
   * @default []
   */
  changes?: EtaChange[];
}

// A date-only estimate means "by the end of that day": compare its last minute, not its midnight.
function getLatestMoment(time: TimeValue): TimeValue {
  return time.kind === 'date' ? { kind: 'wall', local: `${time.date}T23:59:59`, raw: time.raw } : time;
}

/**
 * Picks the estimate to show: the first candidate, in precedence order, that has a start and does not end before
 * the latest event. `null` once delivered or when no candidate qualifies.
 *
 * @example
 * pickEta([{ start: parseTime(latest) }, { start: parseTime(courier) }], { delivered: false, latestEventTime })
 * // → { start, changes: [] }
 */
export function pickEta(candidates: Array<EtaCandidate | null | undefined>, options: PickEtaOptions): Eta | null {
  if (options.delivered) return null;
  for (const candidate of candidates) {
    if (!candidate?.start) continue;
    const end = candidate.end ?? null;
    const last = getLatestMoment(end ?? candidate.start);
    if (options.latestEventTime && compareTimes(last, options.latestEventTime) < 0) continue;
    return { start: candidate.start, ...(end ? { end } : {}), changes: options.changes ?? [] };
  }
  return null;
}
