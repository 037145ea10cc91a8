import type { Money } from './Money.js';
import type { TimeValue } from './TimeValue.js';

/** How a return is paid back. */
export interface Refund {
  amount: Money;
  method: 'original_payment' | 'store_credit' | 'gift_card' | 'exchange' | 'other';
  status: 'pending' | 'issued' | 'failed';
  issuedAt?: TimeValue;
}
