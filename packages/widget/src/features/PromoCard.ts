import type { Money } from '@waypost/client';

/**
 * A product card in the promo slot. `url` and `imageUrl` must be absolute http/https URLs: a card with any
 * other link is dropped, an image with any other source is not shown.
 *
 * @example { id: 'socks', title: 'Trail socks', url: 'https://shop.example/socks', price: { amount: 12, currency: 'USD' } }
 */
export interface PromoCard {
  /** Sent with `promo_click`; defaults to the card's position. */
  id?: string;
  title: string;
  url: string;
  imageUrl?: string;
  /** A `Money` (formatted with `Intl`) or text as written. */
  price?: Money | string;
}
