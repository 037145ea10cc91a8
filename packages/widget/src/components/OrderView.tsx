import { isHttpUrl, type Order } from '@waypost/client';
import { formatMoney } from '../i18n/formatMoney.js';
import { ExchangeSummary } from './ExchangeSummary.js';
import { formatDate } from './formatDate.js';
import { LineItems } from './LineItems.js';
import { ResultHeading } from './ResultHeading.js';
import { ReturnSummary } from './ReturnSummary.js';
import { ShipmentCard } from './ShipmentCard.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useWidget } from './useWidget.js';

/**
 * An order: summary, one section per shipment (with the items it carries), items not shipped yet, summary
 * cards for its returns and exchanges (each opens its own view), and a link to support. The returns portal
 * link lives in the actions below (`ActionBar`), with the order's number.
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
    shipments.length > 1 ? t('order.shipments', { count: shipments.length }) : '',
  ];
  return (
    <div class="s">
      <div>
        {order.customerFirstName ? <p>{t('order.greeting', { name: order.customerFirstName })}</p> : null}
        <ResultHeading>{t('order.title', { number: order.number })}</ResultHeading>
        <p class="m">{summary.filter(Boolean).join(' · ')}</p>
        <UpdatedAgo />
      </div>
      {shipments.length === 0 ? <p>{t('order.noShipments')}</p> : null}
      {shipments.map((shipment, index) => (
        <ShipmentCard
          key={shipment.id}
          shipment={shipment}
          label={
            shipments.length > 1 ? t('order.shipmentOf', { index: index + 1, count: shipments.length }) : undefined
          }
          items={items.filter((item) => shipment.itemIds.includes(item.id))}
          supportUrl={links.support}
        />
      ))}
      <LineItems items={unshipped} />
      {order.returns.map((item) => (
        <ReturnSummary key={item.id} value={item} />
      ))}
      {order.exchanges.map((item) => (
        <ExchangeSummary key={item.id} value={item} />
      ))}
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
