import type { Capabilities } from '@waypost/client';
import type { ActionTarget } from './ActionTarget.js';

/** What every feature panel receives from the main bundle. */
export interface PanelProps {
  target: ActionTarget;
  /** The backend's capabilities, or `null` when they could not be read. */
  capabilities: Capabilities | null;
  /** Closes the panel (after a "Cancel"). */
  close(): void;
}
