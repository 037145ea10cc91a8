import type { Money } from '@waypost/client';
import { getNumberFormat } from './getNumberFormat.js';

/**
 * Formats an amount with `Intl.NumberFormat` in its own currency; an unknown currency code shows the number
 * followed by the code instead of throwing.
 *
 * @example formatMoney({ amount: 49.9, currency: 'EUR' }, 'de') // '49,90 €'
 */
export function formatMoney(money: Money, locale: string): string {
  try {
    return getNumberFormat(locale, money.currency).format(money.amount);
  } catch {
    return `${getNumberFormat(locale).format(money.amount)} ${money.currency}`;
  }
}
