import type { LookupResult } from '@waypost/client';
import { useState } from 'preact/hooks';
import { ActionBar } from './ActionBar.js';
import { ExchangeView } from './ExchangeView.js';
import { getActionTarget } from './getActionTarget.js';
import { type OpenRecord, OpenRecordContext } from './OpenRecordContext.js';
import { OrderView } from './OrderView.js';
import { PromoSlot } from './PromoSlot.js';
import { ReturnView } from './ReturnView.js';
import { ShipmentView } from './ShipmentView.js';
import { useWidget } from './useWidget.js';

/**
 * Picks the view for a record by `result.kind`, then the self-service actions and the promo slot. An order's
 * return or exchange opens in its own view (kept current by live updates of the order), with a way back.
 *
 * @example <ResultView result={result} />
 */
export function ResultView({ result }: { result: LookupResult }) {
  const { t, store } = useWidget();
  const [opened, setOpened] = useState<OpenRecord | null>(null);
  const go = (next: OpenRecord | null) => {
    setOpened(next);
    store.focusRequest.value += 1;
  };
  let view = null;
  let shown = null as OpenRecord | null;
  if (result.kind === 'order') {
    const { order } = result;
    if (opened) {
      const list: Array<{ id: string }> = opened.kind === 'return' ? order.returns : order.exchanges;
      shown = { ...opened, value: list.find((record) => record.id === opened.value.id) ?? opened.value } as OpenRecord;
    }
    view = shown ? (
      <>
        <button type="button" class="b3" onClick={() => go(null)}>
          {t('record.back', { number: order.number })}
        </button>
        {shown.kind === 'return' ? <ReturnView value={shown.value} /> : <ExchangeView value={shown.value} />}
      </>
    ) : (
      <OrderView order={order} />
    );
  } else if (result.kind === 'shipment') view = <ShipmentView shipment={result.shipment} />;
  else if (result.kind === 'return') view = <ReturnView value={result.return} />;
  else view = <ExchangeView value={result.exchange} />;
  const target = getActionTarget(result, shown);
  return (
    <OpenRecordContext.Provider value={go}>
      <div class="s">
        {view}
        <ActionBar key={`${target.kind}:${target.id}`} target={target} />
        <PromoSlot target={target} />
      </div>
    </OpenRecordContext.Provider>
  );
}
