import { isHttpUrl, type LineItem } from '@waypost/client';
import { formatMoney } from '../i18n/formatMoney.js';
import { useWidget } from './useWidget.js';

/**
 * Products with their image (http/https only, the title as `alt`, fixed 56×56 box so the layout never jumps),
 * variant, quantity and price.
 *
 * @example <LineItems items={order.items} />
 */
export function LineItems({ items, title }: { items: LineItem[]; title?: string | undefined }) {
  const { t, locale } = useWidget();
  if (items.length === 0) return null;
  return (
    <section class="s">
      <h4>{title ?? t('order.items')}</h4>
      <ul class="it" part="items">
        {items.map((item) => (
          <li key={item.id} part="item">
            {isHttpUrl(item.imageUrl) ? (
              <img src={item.imageUrl} alt={item.title} width={56} height={56} loading="lazy" decoding="async" />
            ) : null}
            <div>
              <p>{item.title}</p>
              <p class="m">
                {[
                  item.variant,
                  t('order.quantity', { count: item.quantity }),
                  item.price && formatMoney(item.price, locale),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
