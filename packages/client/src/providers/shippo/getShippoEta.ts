import type { Eta, EtaChange } from '../../model/Eta.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import { pickEta } from '../shared/pickEta.js';
import type { PathReader } from '../shared/readPath.js';

/**
 * The ETA of a Shippo track: `eta`, read as a date when it is midnight UTC (docs/adapters.md#q3-dates-padded-to-midnight-utc). When `original_eta` differs,
 * the move becomes an `EtaChange` (Shippo gives no reason: code `recalculated`). Hidden once delivered or stale.
 *
 * @example getShippoEta(track, { delivered: false, latestEventTime }) // { start: { kind: 'date', date: '2016-12-08', … }, changes: [] }
 */
export function getShippoEta(
  track: PathReader,
  options: { delivered: boolean; latestEventTime: TimeValue | null },
): Eta | null {
  const eta = parseTime(track.at('eta').optionalString(), { dateOnlyAtMidnightUtc: true });
  const original = parseTime(track.at('original_eta').optionalString(), { dateOnlyAtMidnightUtc: true });
  const changes: EtaChange[] = [];
  if (eta && original && eta.raw !== original.raw) {
    const status = track.at('tracking_status');
    const noticed = status.isObject()
      ? (status.at('object_updated').optionalString() ?? status.at('object_created').optionalString())
      : undefined;
    changes.push({
      from: { start: original },
      to: { start: eta },
      reason: { code: 'recalculated', text: '' },
      detectedAt: parseTime(noticed) ?? eta,
    });
  }
  return pickEta([{ start: eta }], { ...options, changes });
}
