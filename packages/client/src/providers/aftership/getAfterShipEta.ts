import type { Eta, EtaChange, EtaWindow } from '../../model/Eta.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import { type EtaCandidate, pickEta } from '../shared/pickEta.js';
import type { PathReader } from '../shared/readPath.js';
import { mapAfterShipReviseReason } from './mapAfterShipReviseReason.js';

// v4 `expected_delivery` is a date padded to local midnight without an offset ("2014-07-02T00:00:00").
function parseEstimate(raw: string | undefined): TimeValue | null {
  if (raw && /^\d{4}-\d{2}-\d{2}T00:00(?::00)?$/.test(raw)) return { kind: 'date', date: raw.slice(0, 10), raw };
  return parseTime(raw);
}

// Estimates are decorations: a field of an unexpected shape is skipped, never fatal.
function readWindow(reader: PathReader, single: string, min: string, max: string): EtaWindow | null {
  if (!reader.isObject()) return null;
  const read = (key: string) => {
    const value = reader.at(key).value;
    return parseEstimate(typeof value === 'string' ? value : undefined);
  };
  const start = read(single);
  if (start) return { start };
  const from = read(min);
  const to = read(max);
  if (from && to) return { start: from, end: to };
  return from || to ? { start: (from ?? to) as TimeValue } : null;
}

function sameWindow(a: EtaWindow, b: EtaWindow): boolean {
  return a.start.raw === b.start.raw && a.end?.raw === b.end?.raw;
}

/**
 * The ETA of an AfterShip tracking, by the taxonomy's precedence: `latest_estimated_delivery` > courier >
 * AfterShip > custom > v4 `expected_delivery`. When the current API's `first_estimated_delivery` differs from
 * the latest one, the move becomes an `EtaChange` with `revise_reason`. Hidden once delivered or when stale.
 *
 * @example getAfterShipEta(tracking, { delivered: false, latestEventTime }) // { start: { kind: 'date', … }, changes: [] }
 */
export function getAfterShipEta(
  tracking: PathReader,
  options: { delivered: boolean; latestEventTime: TimeValue | null },
): Eta | null {
  const latest = readWindow(tracking.at('latest_estimated_delivery'), 'datetime', 'datetime_min', 'datetime_max');
  const first = readWindow(tracking.at('first_estimated_delivery'), 'datetime', 'datetime_min', 'datetime_max');
  const expected = tracking.at('expected_delivery').value;
  const candidates: Array<EtaCandidate | null> = [
    latest,
    readWindow(
      tracking.at('courier_estimated_delivery_date'),
      'estimated_delivery_date',
      'estimated_delivery_date_min',
      'estimated_delivery_date_max',
    ),
    readWindow(
      tracking.at('aftership_estimated_delivery_date'),
      'estimated_delivery_date',
      'estimated_delivery_date_min',
      'estimated_delivery_date_max',
    ),
    readWindow(tracking.at('custom_estimated_delivery_date'), 'datetime', 'datetime_min', 'datetime_max'),
    { start: parseEstimate(typeof expected === 'string' ? expected : undefined) },
  ];
  const changes: EtaChange[] = [];
  if (latest && first && !sameWindow(first, latest)) {
    const reason = tracking.at('latest_estimated_delivery').at('revise_reason').value;
    const updatedAt = tracking.at('updated_at').value;
    changes.push({
      from: first,
      to: latest,
      reason: mapAfterShipReviseReason(typeof reason === 'string' ? reason : undefined),
      detectedAt: parseTime(typeof updatedAt === 'string' ? updatedAt : undefined) ?? latest.start,
    });
  }
  return pickEta(candidates, { ...options, changes });
}
