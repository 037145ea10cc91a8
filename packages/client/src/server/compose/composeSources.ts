import type { AlertChannel } from '../../model/AlertChannel.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';
import type { Source, SourceContext } from '../../source/Source.js';
import { applyShipment } from '../applyShipment.js';
import type { ComposeSourcesOptions } from './ComposeSourcesOptions.js';
import { findRequester } from './findRequester.js';

function listParcels(resource: Resource): Shipment[] {
  if (resource.kind === 'shipment') return [resource.shipment];
  const fromReturn = (record: { shipment?: Shipment | null }) => (record.shipment ? [record.shipment] : []);
  if (resource.kind === 'return') return fromReturn(resource.return);
  if (resource.kind === 'exchange') {
    const { exchange } = resource;
    return [...fromReturn(exchange.return), ...fromReturn(exchange.replacement)];
  }
  const { order } = resource;
  return [
    ...order.shipments,
    ...order.returns.flatMap(fromReturn),
    ...order.exchanges.flatMap((exchange) => [...fromReturn(exchange.return), ...fromReturn(exchange.replacement)]),
  ];
}

/**
 * One source out of several backends: orders from the system of record, parcels from a tracking provider, and
 * returns, alerts and issues from whichever backend handles each. So a Shopify store that tracks through AfterShip
 * serves one protocol, and the capabilities follow from the parts given.
 *
 * @example
 * const source = composeSources({
 *   orders: createShopifySource({ shop, accessToken }),
 *   tracking: createAfterShipSource({ apiKey }),
 *   returns: createShopifyReturns({ shop, accessToken }),
 *   alerts: notifier,
 *   issues: createIssueRouter({ routes }),
 * })
 */
export function composeSources(options: ComposeSourcesOptions): Source {
  const { orders, tracking } = options;
  if (!orders || typeof orders.get !== 'function') {
    throw new TypeError('[waypost] composeSources needs an `orders` source with a `get` method');
  }
  const onTrackingError =
    options.onTrackingError ??
    ((error: unknown) => console.warn('[waypost] the tracking source failed; serving the order’s own parcel', error));
  const returns = options.returns ?? (orders.startReturn ? orders : undefined);
  const alerts = options.alerts ?? (orders.subscribeAlerts ? orders : undefined);
  const issues = options.issues ?? (orders.reportIssue ? orders : undefined);

  async function enrich(resource: Resource, context: SourceContext): Promise<Resource> {
    if (!tracking?.findShipment) return resource;
    const fresh = await Promise.all(
      listParcels(resource).map(async (parcel) => {
        try {
          const query = { trackingNumber: parcel.trackingNumber, carrier: parcel.carrier.code };
          return await tracking.findShipment!(query, context);
        } catch (error) {
          if (context.signal?.aborted) throw error;
          onTrackingError(error, parcel.trackingNumber);
          return null;
        }
      }),
    );
    // Each answer is the tracking source's view of the parcel it was asked about, so it replaces that parcel even
    // when it names another carrier (the courier of a later leg; its own spelling of a store's free-text carrier)
    // or looks older than the store's own copy: this is a read, not a push that could arrive out of order.
    return fresh.reduce<Resource>(
      (current, shipment) =>
        (shipment && applyShipment(current, shipment, { anyCarrier: true, anyAge: true })) || current,
      resource,
    );
  }

  const source: Source = {
    name: [orders.name, tracking?.name].filter(Boolean).join('+'),
    async findOrder(orderNumber, context) {
      const found = (await orders.findOrder?.(orderNumber, context)) ?? null;
      if (!found) return null;
      const resource = await enrich({ kind: 'order', order: found.order }, context);
      return { ...found, order: resource.kind === 'order' ? resource.order : found.order };
    },
    async findShipment(query, context) {
      if (tracking?.findShipment) return tracking.findShipment(query, context);
      return (await orders.findShipment?.(query, context)) ?? null;
    },
    async get(kind, id, context) {
      if (kind === 'shipment' && tracking) return tracking.get(kind, id, context);
      const resource = await orders.get(kind, id, context);
      return resource && enrich(resource, context);
    },
  };
  if (!orders.findOrder) delete source.findOrder;
  if (!tracking?.findShipment && !orders.findShipment) delete source.findShipment;
  const subscriber = orders.subscribe ?? tracking?.subscribe;
  if (subscriber)
    source.subscribe = (kind, id, listener) =>
      subscriber.call(orders.subscribe ? orders : tracking, kind, id, listener);
  if (returns) source.startReturn = (input, context) => returns.startReturn!(input, context);
  if (alerts) {
    source.subscribeAlerts = async (input, context) => {
      // The handler passes the record it checked; an in-process client does not, so read it here.
      const resource = context.resource ?? (await source.get(input.kind, input.id, context)) ?? undefined;
      return alerts.subscribeAlerts!(input, resource ? { ...context, resource } : context);
    };
  }
  if (issues) {
    source.reportIssue = async (input, context) => {
      // The helpdesk's requester comes from the system of record, never from what the browser sent.
      const requester = context.requester ?? (issues === orders ? undefined : await findRequester(orders, context));
      return issues.reportIssue!(input, requester ? { ...context, requester } : context);
    };
  }
  const alertChannels =
    (alerts as { channels?: AlertChannel[] } | undefined)?.channels ??
    (alerts as Source | undefined)?.features?.alertChannels;
  (source as { features?: Source['features'] }).features = {
    ...(alertChannels ? { alertChannels } : {}),
    ...(returns?.features?.exchanges === undefined ? {} : { exchanges: returns.features.exchanges }),
    ...(returns?.features?.storeCredit === undefined ? {} : { storeCredit: returns.features.storeCredit }),
  };
  return source;
}
