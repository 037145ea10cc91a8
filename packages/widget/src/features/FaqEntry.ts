/** When a question is relevant: the record's state. */
export type FaqSituation = 'delivered' | 'in_transit' | 'delayed' | 'exception' | 'return' | 'exchange';

/**
 * A question and its answer. An entry with a default's `id` replaces it (or hides it with `hidden: true`); any
 * other id adds a question. Without `when`, it is shown in every situation.
 *
 * @example { id: 'refund_timing', question: 'When do refunds land?', answer: 'Within 3 business days.' }
 */
export interface FaqEntry {
  id: string;
  question?: string;
  answer?: string;
  when?: FaqSituation[];
  hidden?: boolean;
}
