import type { ActionTarget } from '../features/ActionTarget.js';
import { FeaturePanel } from './FeaturePanel.js';
import { useWidget } from './useWidget.js';

/**
 * The promo slot, hidden unless `promo` is set: `'slot'` shows the host's `<div slot="promo">` children through
 * a named `<slot>`; a list of cards loads them from the feature module (and shows nothing if that fails).
 *
 * @example <PromoSlot target={target} />
 */
export function PromoSlot({ target }: { target: ActionTarget }) {
  const { store } = useWidget();
  const { promo } = store.options.value;
  if (promo === 'slot') return <slot name="promo" part="promo" />;
  if (!Array.isArray(promo) || promo.length === 0) return null;
  return <FeaturePanel name="promo" quiet target={target} capabilities={null} close={() => {}} />;
}
