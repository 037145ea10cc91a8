import type { Shipment } from '@waypost/client';
import type { Translate } from '../i18n/createTranslator.js';
import { needsAction } from './needsAction.js';

/**
 * An order's parcels in one line, as its summary shows them and the live region says them: "1 of 3 delivered ·
 * 1 needs your action".
 *
 * @example getOrderProgress(order.shipments, t) // '2 of 3 delivered'
 */
export function getOrderProgress(shipments: Shipment[], t: Translate): string {
  const needing = shipments.filter(needsAction).length;
  return [
    t('order.deliveredOf', {
      done: shipments.filter((shipment) => shipment.status.milestone === 'delivered').length,
      count: shipments.length,
    }),
    needing ? t('order.needAction', { count: needing }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
