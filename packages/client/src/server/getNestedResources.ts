import type { Exchange } from '../model/Exchange.js';
import type { Resource } from '../model/LookupResult.js';
import type { Return } from '../model/Return.js';
import type { Shipment } from '../model/Shipment.js';

/**
 * Every record inside `resource`, keyed `kind:id` — an order's shipments, returns and exchanges, a return's parcel,
 * an exchange's return and replacement parcel. A token for a record also opens these.
 *
 * @example getNestedResources(orderResource).has('shipment:shp_1') // true
 */
export function getNestedResources(resource: Resource): Map<string, Resource> {
  const found = new Map<string, Resource>();
  const addShipment = (shipment: Shipment | null) => {
    if (shipment) found.set(`shipment:${shipment.id}`, { kind: 'shipment', shipment });
  };
  const addReturn = (record: Return) => {
    found.set(`return:${record.id}`, { kind: 'return', return: record });
    addShipment(record.shipment);
  };
  const addExchange = (record: Exchange) => {
    found.set(`exchange:${record.id}`, { kind: 'exchange', exchange: record });
    addReturn(record.return);
    addShipment(record.replacement.shipment);
  };
  if (resource.kind === 'order') {
    for (const shipment of resource.order.shipments) addShipment(shipment);
    for (const record of resource.order.returns) addReturn(record);
    for (const record of resource.order.exchanges) addExchange(record);
  } else if (resource.kind === 'return') {
    addShipment(resource.return.shipment);
  } else if (resource.kind === 'exchange') {
    addReturn(resource.exchange.return);
    addShipment(resource.exchange.replacement.shipment);
  }
  return found;
}
