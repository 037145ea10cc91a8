import type { TimeValue } from './TimeValue.js';

/** A delivery date, or a window when `end` is present. */
export interface EtaWindow {
  start: TimeValue;
  end?: TimeValue;
}

/** One move of the promised date, with the reason shoppers see. */
export interface EtaChange {
  from: EtaWindow | null;
  to: EtaWindow | null;
  reason: {
    /** Stable code (`weather`, `carrier_delay`, `customs`, `address_issue`, `recalculated`, `unknown`). */
    code: string;
    /** Human text, in the source's words when it gave any. */
    text: string;
  };
  /** When the change was noticed. */
  detectedAt: TimeValue;
}

/** The current estimate and every earlier one, so a shopper can see why the date moved. */
export interface Eta extends EtaWindow {
  /** Oldest first. */
  changes: EtaChange[];
}
