import { ISSUE_TYPES, type IssueType, type Shipment } from '@waypost/client';

/** What can go wrong with a parcel that has arrived. */
const DELIVERED: IssueType[] = ['not_received', 'damaged', 'wrong_item', 'missing_item', 'other'];
/** What can go wrong with one that has not: it is late, or something else. */
const ON_ITS_WAY: IssueType[] = ['late', 'other'];

/**
 * The issue types that fit a parcel's state: a parcel on its way cannot be damaged or missing an item yet, and one
 * that has arrived is no longer late. Without a parcel (a return, an exchange) every type is offered.
 *
 * @example getIssueTypes(shipment) // ['late', 'other'] while it is in transit
 */
export function getIssueTypes(shipment: Shipment | null | undefined): readonly IssueType[] {
  if (!shipment) return ISSUE_TYPES;
  return shipment.status.milestone === 'delivered' ? DELIVERED : ON_ITS_WAY;
}
