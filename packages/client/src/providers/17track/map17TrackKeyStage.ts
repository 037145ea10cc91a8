import type { Milestone } from '../../model/Milestone.js';

const byKeyStage = new Map(
  Object.entries<Milestone>({
    InfoReceived: 'label_created',
    PickedUp: 'in_transit',
    Departure: 'in_transit',
    Arrival: 'in_transit',
    AvailableForPickup: 'out_for_delivery',
    OutForDelivery: 'out_for_delivery',
    Delivered: 'delivered',
  }),
);

/**
 * The milestone a 17TRACK `milestone[].key_stage` (or an event's `stage`) stands for; `undefined` for stages
 * that are not progress (`Returning`, `Returned`) and for unknown ones.
 *
 * @example map17TrackKeyStage('PickedUp') // 'in_transit'
 */
export function map17TrackKeyStage(stage: string | null | undefined): Milestone | undefined {
  return stage ? byKeyStage.get(stage) : undefined;
}
