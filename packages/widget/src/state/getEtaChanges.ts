import type { EtaWindow, LookupResult } from '@waypost/client';
import type { EtaChangedDetail } from '../types/WidgetEvents.js';
import { getShipments } from './getShipments.js';

const key = (window: EtaWindow | null | undefined): string =>
  window ? JSON.stringify([window.start.raw, window.end?.raw ?? null]) : '';

const pick = (window: EtaWindow | null): EtaWindow | null =>
  window ? (window.end ? { start: window.start, end: window.end } : { start: window.start }) : null;

/**
 * Compares two versions of a record and lists the shipments whose delivery estimate moved, for
 * `waypost:eta-changed`. Shipments that appeared or disappeared are not changes of an estimate.
 *
 * @example for (const detail of getEtaChanges(previous, next)) emit('eta-changed', detail)
 */
export function getEtaChanges(previous: LookupResult, next: LookupResult): EtaChangedDetail[] {
  const before = new Map(getShipments(previous).map((shipment) => [shipment.id, shipment]));
  const changes: EtaChangedDetail[] = [];
  for (const shipment of getShipments(next)) {
    const old = before.get(shipment.id);
    if (!old || key(old.eta) === key(shipment.eta)) continue;
    const reason = shipment.eta?.changes.at(-1)?.reason.code;
    changes.push({
      shipmentId: shipment.id,
      previous: pick(old.eta),
      current: pick(shipment.eta),
      ...(reason ? { reason } : {}),
    });
  }
  return changes;
}
