import type { Order, StartReturnInput } from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';

/** One order line in the return form. */
export interface ReturnLine {
  selected: boolean;
  quantity: number;
  /** A reason code (`too_small`…), empty until chosen. */
  reason: string;
  /** For exchanges: the size or colour wanted instead, one of the item's `exchangeVariants`. */
  variant: string;
}

/** What the shopper picked in the return form. */
export interface ReturnFormValues {
  lines: Record<string, ReturnLine>;
  resolution: StartReturnInput['resolution'];
}

/** Errors by field: `items`, or `<itemId>.reason` / `<itemId>.variant`. */
export type ReturnFormErrors = Record<string, MessageKey>;

/** Reason codes offered to shoppers. */
export const RETURN_REASONS = [
  'too_small',
  'too_large',
  'not_as_described',
  'damaged',
  'changed_mind',
  'other',
] as const;

/**
 * Validates the return form against the order and builds `StartReturnInput`: at least one eligible item, a
 * reason for each, a quantity within what was bought, and for an exchange the variant wanted, one the source
 * offers for that item (an item without `exchangeVariants` cannot be exchanged). Items that are not
 * eligible (`returnable.eligible === false`) are never sent.
 *
 * @example validateReturnForm(order, { lines: { li_1: { selected: true, quantity: 1, reason: 'too_small', variant: '' } }, resolution: 'refund' })
 */
export function validateReturnForm(
  order: Order,
  values: ReturnFormValues,
): { input: StartReturnInput; errors?: undefined } | { input?: undefined; errors: ReturnFormErrors } {
  const errors: ReturnFormErrors = {};
  const items: StartReturnInput['items'] = [];
  const exchangeFor: NonNullable<StartReturnInput['exchangeFor']> = [];
  for (const item of order.items) {
    const line = values.lines[item.id];
    if (!line?.selected || item.returnable?.eligible === false) continue;
    if (!line.reason) errors[`${item.id}.reason`] = 'returnFlow.pickReason';
    if (values.resolution === 'exchange') {
      const offered = item.exchangeVariants ?? [];
      if (!offered.length) errors[`${item.id}.variant`] = 'returnFlow.noVariants';
      else if (offered.includes(line.variant)) exchangeFor.push({ itemId: item.id, variant: line.variant });
      else errors[`${item.id}.variant`] = 'returnFlow.pickVariant';
    }
    items.push({
      itemId: item.id,
      quantity: Math.min(Math.max(1, Math.trunc(line.quantity) || 1), item.quantity),
      reason: line.reason,
    });
  }
  if (items.length === 0) errors.items = 'returnFlow.pickItem';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      orderId: order.id,
      items,
      resolution: values.resolution,
      ...(values.resolution === 'exchange' ? { exchangeFor } : {}),
    },
  };
}
