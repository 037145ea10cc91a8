import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { LineItem } from '../../model/LineItem.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import type { PathReader } from '../shared/readPath.js';
import { getShopifyId } from './getShopifyId.js';
import { getShopifyMoney } from './getShopifyMoney.js';

/** Options of `normalizeShopifyLineItem`. */
export interface NormalizeShopifyLineItemOptions {
  /** The product image, when the caller looked it up (REST line items carry none). Kept only if http/https. */
  imageUrl?: string | undefined;
  /** Currency of a bare `price` string, when there is no price set. */
  currency?: string | undefined;
  /** Id to use when the item has none (GraphQL selections without `id`). */
  fallbackId?: string;
}

/**
 * Maps a Shopify line item, REST (`title`, `variant_title`, `price_set`) or GraphQL (`title`, `variantTitle`,
 * `originalUnitPriceSet`, `image { url }`), to a `LineItem`: price in the presentment currency, image only when
 * its URL is http/https. No personal data is read.
 *
 * @example normalizeShopifyLineItem(order.at('line_items').array()[0]!) // { id: '466157049', title: 'IPod Nano - 8gb', … }
 */
export function normalizeShopifyLineItem(item: PathReader, options: NormalizeShopifyLineItemOptions = {}): LineItem {
  item.object();
  const id = options.fallbackId && !item.at('id').exists() ? options.fallbackId : getShopifyId(item.at('id'));
  const title = item.at('title').optionalString() ?? item.at('name').optionalString() ?? '';
  const variant = item.at('variant_title').optionalString() ?? item.at('variantTitle').optionalString();
  const sku = item.at('sku').optionalString();
  const quantity = item.at('quantity').optionalNumber() ?? 1;
  const bare = Number(item.at('price').optionalString() ?? Number.NaN);
  const currency = options.currency && /^[A-Z]{3}$/.test(options.currency) ? options.currency : undefined;
  const price =
    getShopifyMoney(item.at('price_set')) ??
    getShopifyMoney(item.at('originalUnitPriceSet')) ??
    (Number.isFinite(bare) && currency ? { amount: bare, currency } : undefined);
  const image =
    options.imageUrl ?? item.at('image').at('url').optionalString() ?? item.at('image').at('src').optionalString();
  return {
    id,
    title: decodeEntities(title),
    ...(variant ? { variant: decodeEntities(variant) } : {}),
    ...(sku ? { sku } : {}),
    quantity: Math.max(0, Math.trunc(quantity)),
    ...(isHttpUrl(image) ? { imageUrl: image } : {}),
    ...(price ? { price } : {}),
  };
}
