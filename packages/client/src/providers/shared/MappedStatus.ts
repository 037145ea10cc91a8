import type { Milestone } from '../../model/Milestone.js';
import type { ShipmentException } from '../../model/ShipmentException.js';

/**
 * A provider status on the model's two axes. `milestone: null` means "keep the last milestone reached"
 * (see `getKeptMilestone`): the status is an exception with no position of its own.
 */
export interface MappedStatus {
  milestone: Milestone | null;
  exception: ShipmentException | null;
  actionRequired: boolean;
}
