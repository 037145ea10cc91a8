import type { LookupResult } from '@waypost/client';
import { ExchangeView } from './ExchangeView.js';
import { OrderView } from './OrderView.js';
import { ReturnView } from './ReturnView.js';
import { ShipmentView } from './ShipmentView.js';

/**
 * Picks the view for a record by `result.kind`: the seam where fuller return and exchange views plug in.
 *
 * @example <ResultView result={result} />
 */
export function ResultView({ result }: { result: LookupResult }) {
  switch (result.kind) {
    case 'order':
      return <OrderView order={result.order} />;
    case 'shipment':
      return <ShipmentView shipment={result.shipment} />;
    case 'return':
      return <ReturnView value={result.return} />;
    case 'exchange':
      return <ExchangeView value={result.exchange} />;
  }
}
