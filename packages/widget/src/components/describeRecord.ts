import type { LookupResult, Shipment } from '@waypost/client';
import { getShipments } from '../state/getShipments.js';
import type { FormatContext } from './FormatContext.js';
import { getHeadline } from './getHeadline.js';
import { getOrderProgress } from './getOrderProgress.js';

/**
 * What the live region says of a record, as its view leads: its title and its parcel's headline ("Order W1001:
 * Arriving Wednesday"), or for an order of several parcels its progress ("Order W1004: 1 of 3 delivered · 1 needs
 * your action"). Of an update from `previous`, the parcel whose headline changed ("Update: Shipment 2 of 3:
 * Delivered"), or nothing when none did: a reload that changes nothing the shopper is told is not news.
 *
 * @example describeRecord(result, null, ctx) // 'Order W1001: Arriving Wednesday, November 27'
 */
export function describeRecord(result: LookupResult, previous: LookupResult | null, ctx: FormatContext): string {
  const { t } = ctx;
  const shipments = getShipments(result);
  const headline = (shipment: Shipment) => getHeadline(shipment, ctx);
  const several = result.kind === 'order' && shipments.length > 1;
  if (previous) {
    const before = new Map(getShipments(previous).map((shipment) => [shipment.id, headline(shipment)]));
    const index = shipments.findIndex((shipment) => before.get(shipment.id) !== headline(shipment));
    if (index < 0) return '';
    const text = headline(shipments[index] as Shipment);
    const label = t('order.shipmentOf', { index: index + 1, count: shipments.length });
    return t('announce.updated', { headline: several ? t('announce.loaded', { title: label, headline: text }) : text });
  }
  const summary = several ? getOrderProgress(shipments, t) : shipments[0] ? headline(shipments[0]) : '';
  const title =
    result.kind === 'order'
      ? t('order.title', { number: result.order.number })
      : result.kind === 'shipment'
        ? t('shipment.title', { number: result.shipment.trackingNumber })
        : result.kind === 'return'
          ? t('return.title', { rma: result.return.rma })
          : t('exchange.title');
  return summary ? t('announce.loaded', { title, headline: summary }) : title;
}
