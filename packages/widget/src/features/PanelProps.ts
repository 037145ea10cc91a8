import type { Capabilities } from '@waypost/client';
import type { ActionTarget } from './ActionTarget.js';
import type { alertsMark } from './alertsMark.js';

/** What every feature panel receives from the main bundle. */
export interface PanelProps {
  target: ActionTarget;
  /** The backend's capabilities, or `null` when they could not be read. */
  capabilities: Capabilities | null;
  /** Closes the panel (after a "Cancel"). */
  close(): void;
  /**
   * This browser's record of the alerts turned on, from `actions.js`, which reads it for its entries: passed in
   * rather than imported, so the alerts panel and the entries share one copy.
   */
  alertsMark?: typeof alertsMark;
}
