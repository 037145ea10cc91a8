import type { Access } from './Access.js';
import type { Exchange } from './Exchange.js';
import type { Order } from './Order.js';
import type { Return } from './Return.js';
import type { Shipment } from './Shipment.js';

/** A record of any kind, tagged with its kind. */
export type Resource =
  | { kind: 'order'; order: Order }
  | { kind: 'return'; return: Return }
  | { kind: 'exchange'; exchange: Exchange }
  | { kind: 'shipment'; shipment: Shipment };

/** What a lookup finds: the record plus the access token for reading it again. */
export type LookupResult = Resource & { access: Access };
