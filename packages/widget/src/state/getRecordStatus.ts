import type { LookupResult, Milestone, ResourceKind, ShipmentException } from '@waypost/client';

/** The part of a record that `waypost:status` reports. */
export interface RecordStatus {
  kind: ResourceKind;
  id: string;
  milestone?: Milestone;
  exception?: ShipmentException | null;
}

/**
 * Reads kind, id and progress of a record for `waypost:status`. Returns and exchanges have stages rather than
 * milestones; their inbound or replacement parcel's milestone is reported when there is one.
 *
 * @example getRecordStatus(result) // { kind: 'order', id: 'ord_1', milestone: 'in_transit', exception: null }
 */
export function getRecordStatus(result: LookupResult): RecordStatus {
  switch (result.kind) {
    case 'order':
      return { kind: 'order', id: result.order.id, ...result.order.status };
    case 'shipment':
      return {
        kind: 'shipment',
        id: result.shipment.id,
        milestone: result.shipment.status.milestone,
        exception: result.shipment.status.exception,
      };
    case 'return':
      return { kind: 'return', id: result.return.id };
    case 'exchange':
      return { kind: 'exchange', id: result.exchange.id };
  }
}
