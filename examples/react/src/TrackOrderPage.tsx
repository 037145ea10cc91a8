import type { WaypostClient } from '@waypost/client';
import { WaypostTracker } from '@waypost/react';
import type { WidgetState } from '@waypost/widget';
import { useState } from 'react';

/** The demo orders a shopper of this page can switch between. */
const orders = ['W1001', 'W1002', 'W1003'];
// Declared once: an object written inline would be a new value, so a changed option, on every render.
const brand = { name: 'Northwind Outfitters' };

/** Props of `TrackOrderPage`: where the Waypost API is (or an in-process client, as the tests pass). */
export interface TrackOrderPageProps {
  /**
   * The Waypost API.
   * @default undefined
   * @example <TrackOrderPage endpoint="/api/waypost" />
   */
  endpoint?: string;
  /**
   * A client to use instead of `endpoint`.
   * @default undefined
   * @example <TrackOrderPage client={createClient({ source: demoSource() })} />
   */
  client?: WaypostClient;
}

/**
 * A storefront's "Track your order" page: a React select changes the `order` prop (the widget looks the new
 * order up without remounting) and `onStatus` feeds a line of React state outside the widget.
 *
 * @example <TrackOrderPage endpoint="/api/waypost" />
 */
export function TrackOrderPage({ endpoint, client }: TrackOrderPageProps) {
  const [order, setOrder] = useState(orders[0]);
  const [state, setState] = useState<WidgetState | 'mounting'>('mounting');
  return (
    <main style={{ maxWidth: 720, margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Northwind Outfitters</h1>
      <p>Track your order · React 19 with @waypost/react</p>
      <label>
        Order{' '}
        <select value={order} onChange={(event) => setOrder(event.target.value)}>
          {orders.map((number) => (
            <option key={number}>{number}</option>
          ))}
        </select>
      </label>{' '}
      <output aria-label="Widget state">{state}</output>
      <WaypostTracker
        endpoint={endpoint}
        client={client}
        order={order}
        email="shopper@example.com"
        theme="soft"
        brand={brand}
        onStatus={(detail) => setState(detail.state)}
        style={{ marginTop: '1rem' }}
      />
    </main>
  );
}
