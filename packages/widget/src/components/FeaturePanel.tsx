import { useState } from 'preact/hooks';
import type { PanelName } from '../features/PanelName.js';
import type { PanelProps } from '../features/PanelProps.js';
import { useLazy } from '../lazy/useLazy.js';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/** Props of `FeaturePanel`. */
export interface FeaturePanelProps extends PanelProps {
  name: PanelName;
  /** Show nothing while loading or after a failure (the promo slot is optional content). */
  quiet?: boolean;
}

/**
 * Renders one panel of the on-demand feature module, loading it on first use from beside the script (or
 * `assetsUrl`): "Loading…" meanwhile, and if the file cannot be loaded, a banner with "Try again", one `[waypost]`
 * console line and a `waypost:error` (`features_unavailable`).
 *
 * @example <FeaturePanel name="alerts" target={target} capabilities={capabilities} close={close} />
 */
export function FeaturePanel({ name, quiet, ...props }: FeaturePanelProps) {
  const { t } = useWidget();
  const [attempt, setAttempt] = useState(0);
  // Loaded once per folder for every widget on the page; a failed load is forgotten, so "Try again" loads again.
  const loaded = useLazy('features', true, false, attempt);
  if (loaded) {
    const Panel = loaded.panels[name];
    return <Panel {...props} />;
  }
  if (quiet) return null;
  return loaded === false ? (
    <div class="bn d" part="banner">
      <Icon name="alert" />
      <div class="s">
        {/* "Check your connection" only when the device is offline: online, the file is missing or refused. */}
        <p>{t(navigator.onLine === false ? 'actions.loadFailed' : 'state.error')}</p>
        <button type="button" class="b b2" onClick={() => setAttempt(attempt + 1)}>
          {t('common.retry')}
        </button>
      </div>
    </div>
  ) : (
    <p class="m" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}
