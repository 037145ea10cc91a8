import type { PanelProps } from './PanelProps.js';
import { formatMoney, isHttpUrl, useWidget } from './shared.js';

/**
 * The retailer's product cards (`promo`): title, image, price and link. Cards whose link is not http/https are
 * dropped, images with any other source are not shown; a click emits `promo_click`.
 *
 * @example <PromoCards target={target} capabilities={null} close={() => {}} />
 */
export function PromoCards({ target }: PanelProps) {
  const { t, locale, store, emit } = useWidget();
  const { promo } = store.options.value;
  const cards = Array.isArray(promo) ? promo.filter((card) => card?.title && isHttpUrl(card.url)) : [];
  if (cards.length === 0) return null;
  return (
    <section class="s" part="promo">
      <h3>{t('promo.title')}</h3>
      <ul class="pr">
        {cards.map((card, index) => (
          <li key={card.id ?? index}>
            <a
              href={card.url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() =>
                emit('action', {
                  action: 'promo_click',
                  promoId: card.id ?? String(index + 1),
                  position: index + 1,
                  kind: target.kind,
                  id: target.id,
                })
              }
            >
              {isHttpUrl(card.imageUrl) ? (
                <img src={card.imageUrl} alt="" width={120} height={120} loading="lazy" decoding="async" />
              ) : null}
              <span>{card.title}</span>
              {card.price ? (
                <span class="m">{typeof card.price === 'string' ? card.price : formatMoney(card.price, locale)}</span>
              ) : null}
              <span class="vh">{` ${t('common.newTab')}`}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
