import { MILESTONES, type Milestone } from '../../model/Milestone.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';

const outForDelivery = MILESTONES.indexOf('out_for_delivery');
const labelCreated = MILESTONES.indexOf('label_created');

/**
 * The milestone to keep when the provider's top-level status is an exception without a position of its own
 * (`Exception`, `failure`, `return_to_sender`, `Expired`): the furthest milestone the events reached, never below
 * `label_created` (a tracking number exists) and never `delivered` (the provider's current status says it is not).
 *
 * @example getKeptMilestone([{ milestone: 'in_transit', … }, { milestone: 'delivered', … }]) // 'out_for_delivery'
 */
export function getKeptMilestone(events: readonly TrackingEvent[]): Milestone {
  let best = labelCreated;
  for (const event of events) {
    if (!event.milestone) continue;
    best = Math.max(best, Math.min(MILESTONES.indexOf(event.milestone), outForDelivery));
  }
  return MILESTONES[best] as Milestone;
}
