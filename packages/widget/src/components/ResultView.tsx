import type { LookupResult } from '@waypost/client';
import { useState } from 'preact/hooks';
import { useLazy } from '../lazy/useLazy.js';
import { type OpenRecord, OpenRecordContext } from './OpenRecordContext.js';
import { OrderView } from './OrderView.js';
import { ShipmentView } from './ShipmentView.js';
import { StatusPanel } from './StatusPanel.js';
import { useWidget } from './useWidget.js';

/**
 * Picks the view for a record by `result.kind`, then the self-service actions and the promo slot. An order's
 * return or exchange opens in its own view (kept current by live updates of the order), with a way back. The
 * return and exchange views load as soon as the result holds such a record; the actions and promo slot load
 * once the result has painted.
 *
 * @example <ResultView result={result} />
 */
export function ResultView({ result }: { result: LookupResult }) {
  const { t, controller } = useWidget();
  const [opened, setOpened] = useState<OpenRecord | null>(null);
  const actions = useLazy('actions');
  const records = useLazy(
    'records',
    result.kind === 'order'
      ? result.order.returns.length + result.order.exchanges.length > 0
      : result.kind !== 'shipment',
  );
  const record = (kind: 'return' | 'exchange', value: never) =>
    records ? (
      kind === 'return' ? (
        <records.ReturnView value={value} />
      ) : (
        <records.ExchangeView value={value} />
      )
    ) : records === false ? (
      <StatusPanel state="error" />
    ) : (
      <p class="m" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  const go = (next: OpenRecord | null) => {
    setOpened(next);
    controller.requestFocus();
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
        {record(shown.kind, shown.value as never)}
      </>
    ) : (
      <OrderView order={order} />
    );
  } else if (result.kind === 'shipment') view = <ShipmentView shipment={result.shipment} />;
  else if (result.kind === 'return') view = record('return', result.return as never);
  else view = record('exchange', result.exchange as never);
  return (
    <OpenRecordContext.Provider value={go}>
      <div class="s">
        {view}
        {actions ? <actions.RecordActions result={result} opened={shown} /> : null}
      </div>
    </OpenRecordContext.Provider>
  );
}
