import { RETURN_FLOW } from './RETURN_FLOW.js';

/** Stages of a return, in order; `rejected`, `cancelled` and `expired` are end states. */
export const RETURN_STAGES = [...RETURN_FLOW, 'refunded', 'exchanged', 'rejected', 'cancelled', 'expired'] as const;

/** Where a return is. */
export type ReturnStage = (typeof RETURN_STAGES)[number];
