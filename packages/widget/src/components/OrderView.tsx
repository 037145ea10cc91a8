import { isHttpUrl, isOpenRecord, type Order, type Shipment } from '@waypost/client';
import { formatMoney } from '../i18n/formatMoney.js';
import { ExchangeSummary } from './ExchangeSummary.js';
import { formatDate } from './formatDate.js';
import { getOrderProgress } from './getOrderProgress.js';
import { LineItems } from './LineItems.js';
import { needsAction } from './needsAction.js';
import { ResultHeading } from './ResultHeading.js';
import { ReturnSummary } from './ReturnSummary.js';
import { ShipmentCard } from './ShipmentCard.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useProgressive } from './useProgressive.js';
import { useWidget } from './useWidget.js';

/**
 * An order: summary (with "2 of 3 delivered · 1 needs your action" when it has several parcels), any open return
 * or exchange first, then one section per shipment with the items it carries (a parcel needing action first),
 * items not shipped yet, cards for finished returns and exchanges (each card opens its own view), and a link to
 * support. The returns portal link lives in the actions below (`ActionBar`), with the order's number.
 *
 * @example <OrderView order={result.order} />
 */
export function OrderView({ order }: { order: Order }) {
  const { t, locale, timeZone, emit } = useWidget();
  const { shipments, items, links } = order;
  const shipped = new Set(shipments.flatMap((shipment) => shipment.itemIds));
  const unshipped = items.filter((item) => !shipped.has(item.id));
  const summary = [
    t('order.placed', { date: formatDate(order.placedAt, { locale, timeZone }, 'date') }),
    order.total ? t('order.total', { amount: formatMoney(order.total, locale) }) : '',
  ];
  // A parcel the shopper must act on comes first; the others keep their order (and their "Shipment N of M").
  const parcels = shipments.map((shipment, index) => ({ shipment, index }));
  parcels.sort((a, b) => Number(needsAction(b.shipment)) - Number(needsAction(a.shipment)));
  // Parcels render one task at a time (each card is a sizeable tree), the one first in line at once.
  const rendered = useProgressive(parcels.length, 1, 1);
  // Items one shipment shares with another (a fulfillment sent in several boxes: the store does not say which box
  // holds what) are headed as such, so three boxes each listing "Qty 1" do not read as three of it.
  const itemsKey = (shipment: Shipment) => [...shipment.itemIds].sort().join(' ');
  const together = (shipment: Shipment) =>
    shipment.itemIds.length > 0 &&
    shipments.some((other) => other !== shipment && itemsKey(other) === itemsKey(shipment));
  // An open return or exchange is what the shopper came back for: it leads, ahead of parcels long delivered.
  const openReturns = order.returns.filter(isOpenRecord);
  const openExchanges = order.exchanges.filter(isOpenRecord);
  const records = (open: boolean) => (
    <>
      {order.returns
        .filter((item) => openReturns.includes(item) === open)
        .map((item) => (
          <ReturnSummary key={item.id} value={item} />
        ))}
      {order.exchanges
        .filter((item) => openExchanges.includes(item) === open)
        .map((item) => (
          <ExchangeSummary key={item.id} value={item} />
        ))}
    </>
  );
  return (
    <div class="s">
      <div>
        {order.customerFirstName ? <p>{t('order.greeting', { name: order.customerFirstName })}</p> : null}
        <ResultHeading>{t('order.title', { number: order.number })}</ResultHeading>
        <p class="m">{summary.filter(Boolean).join(' · ')}</p>
        {shipments.length > 1 ? (
          <p part="order-progress">
            <strong>{getOrderProgress(shipments, t)}</strong>
          </p>
        ) : null}
        <UpdatedAgo />
      </div>
      {records(true)}
      {shipments.length === 0 ? <p>{t('order.noShipments')}</p> : null}
      {parcels.slice(0, rendered).map(({ shipment, index }) => (
        <ShipmentCard
          key={shipment.id}
          shipment={shipment}
          label={
            shipments.length > 1 ? t('order.shipmentOf', { index: index + 1, count: shipments.length }) : undefined
          }
          items={items.filter((item) => shipment.itemIds.includes(item.id))}
          itemsTitle={together(shipment) ? t('order.itemsTogether') : undefined}
          supportUrl={links.support}
        />
      ))}
      <LineItems items={unshipped} />
      {records(false)}
      <p class="row">
        {isHttpUrl(links.support) ? (
          <a
            href={links.support}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => emit('action', { action: 'open_support' })}
          >
            {t('order.support')}
            <span class="vh">{` ${t('common.newTab')}`}</span>
          </a>
        ) : null}
      </p>
    </div>
  );
}
