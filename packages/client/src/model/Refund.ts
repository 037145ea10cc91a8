import type { Money } from './Money.js';
import type { RefundMethod } from './RefundMethod.js';
import type { TimeValue } from './TimeValue.js';

/** How a return is paid back. */
export interface Refund {
  amount: Money;
  method: RefundMethod;
  status: 'pending' | 'issued' | 'failed';
  issuedAt?: TimeValue;
}
