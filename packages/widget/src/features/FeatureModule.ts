import type { ComponentType } from 'preact';
import type { PanelName } from './PanelName.js';
import type { PanelProps } from './PanelProps.js';

/** What `features.js` (or the npm build's feature chunk) exports. */
export interface FeatureModule {
  panels: Record<PanelName, ComponentType<PanelProps>>;
  /** The module's English text (`enFeatures`), merged into `en` when it loads. */
  messages: Record<string, string>;
}
