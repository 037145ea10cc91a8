import { EXCHANGE_FLOW } from './EXCHANGE_FLOW.js';

/** Stages of an exchange: the return leg, then the replacement leg; `cancelled` and `rejected` are end states. */
export const EXCHANGE_STAGES = [...EXCHANGE_FLOW, 'cancelled', 'rejected'] as const;

/** Where an exchange is, over both of its legs. */
export type ExchangeStage = (typeof EXCHANGE_STAGES)[number];
