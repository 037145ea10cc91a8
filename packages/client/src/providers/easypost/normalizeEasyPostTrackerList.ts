import type { Shipment } from '../../model/Shipment.js';
import { readPath } from '../shared/readPath.js';
import { normalizeEasyPostTrackerAt } from './normalizeEasyPostTracker.js';

/**
 * Normalizes an EasyPost tracker list (`GET /trackers`: `{ trackers: [...], has_more }`) into shipments, in the
 * list's order. EasyPost can list two trackers for one code with different statuses (docs/adapters.md#q7-ordering-and-consistency); both are kept.
 *
 * @example normalizeEasyPostTrackerList(await response.json()).filter((shipment) => shipment.status.exception !== 'unknown')
 */
export function normalizeEasyPostTrackerList(payload: unknown): Shipment[] {
  return readPath(payload, 'EasyPost tracker list')
    .at('trackers')
    .array()
    .map((item) => normalizeEasyPostTrackerAt(item));
}
