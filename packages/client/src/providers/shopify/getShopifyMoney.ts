import type { Money } from '../../model/Money.js';
import type { PathReader } from '../shared/readPath.js';

function readMoney(money: PathReader): Money | undefined {
  if (!money.exists()) return undefined;
  money.object();
  const text = money.at('amount').optionalString();
  const currency =
    money.at('currency_code').optionalString() ??
    money.at('currencyCode').optionalString() ??
    money.at('currency').optionalString();
  if (text === undefined || currency === undefined) return undefined;
  const amount = Number(text);
  if (!Number.isFinite(amount)) {
    // Text that is not a decimal: let the reader throw its typed error for this path.
    money.at('amount').optionalNumber();
    return undefined;
  }
  return /^[A-Z]{3}$/.test(currency) ? { amount, currency } : undefined;
}

/**
 * Reads a Shopify money set as the shopper saw it: the presentment currency first, then the shop's. Accepts REST
 * (`{ presentment_money: { amount: "199.00", currency_code } }`) and GraphQL (`{ presentmentMoney: { amount,
 * currencyCode } }`) sets, or a bare `{ amount, currency_code }`. Amounts are decimal strings in major units.
 *
 * @example getShopifyMoney(line.at('price_set')) // { amount: 199, currency: 'USD' }
 */
export function getShopifyMoney(set: PathReader): Money | undefined {
  if (!set.exists()) return undefined;
  set.object();
  for (const key of ['presentment_money', 'presentmentMoney', 'shop_money', 'shopMoney']) {
    const money = readMoney(set.at(key));
    if (money) return money;
  }
  return readMoney(set);
}
