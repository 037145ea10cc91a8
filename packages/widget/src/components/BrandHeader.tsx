import { isHttpUrl } from '@waypost/client';
import { useWidget } from './useWidget.js';

/**
 * The retailer's logo (http/https only; decorative beside the name) and name above every view; nothing when no `brand` is set.
 *
 * @example <BrandHeader />
 */
export function BrandHeader() {
  const { store } = useWidget();
  const brand = store.options.value.brand;
  const logo = isHttpUrl(brand?.logoUrl) ? brand?.logoUrl : undefined;
  if (!brand?.name && !logo) return null;
  return (
    <div class="hd" part="header">
      {logo ? <img class="logo" src={logo} alt={brand?.name ? '' : 'Logo'} height={32} /> : null}
      {brand?.name ? <span>{brand.name}</span> : null}
    </div>
  );
}
