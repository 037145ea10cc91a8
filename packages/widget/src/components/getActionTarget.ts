import type { LookupResult } from '@waypost/client';
import type { ActionTarget } from '../features/ActionTarget.js';
import { getRecordStatus } from '../state/getRecordStatus.js';
import type { OpenRecord } from './OpenRecordContext.js';

/**
 * The record actions apply to: a return or exchange opened from its order (with the order's number and links),
 * or the looked-up record itself.
 *
 * @example getActionTarget(result, null) // { kind: 'order', id: 'ord_1', orderNumber: 'W1001', … }
 */
export function getActionTarget(result: LookupResult, opened: OpenRecord | null): ActionTarget {
  if (result.kind === 'order') {
    const { order } = result;
    const base = { orderNumber: order.number, links: order.links };
    if (opened?.kind === 'return')
      return { ...base, resource: { kind: 'return', return: opened.value }, kind: 'return', id: opened.value.id };
    if (opened?.kind === 'exchange') {
      return { ...base, resource: { kind: 'exchange', exchange: opened.value }, kind: 'exchange', id: opened.value.id };
    }
    return { ...base, resource: result, kind: 'order', id: order.id };
  }
  const { kind, id } = getRecordStatus(result);
  const record = result.kind === 'return' ? result.return : result.kind === 'exchange' ? result.exchange : null;
  return { resource: result, kind, id, orderNumber: record?.orderNumber, links: {} };
}
