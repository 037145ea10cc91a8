import type { EtaWindow, Milestone, ResourceKind, ShipmentException } from '@waypost/client';
import type { WidgetState } from '../state/WidgetState.js';

/** `waypost:ready`: the widget rendered for the first time. */
export interface ReadyDetail {
  version: string;
  locale: string;
}

/** `waypost:lookup`: a lookup succeeded. Never carries the email, postal code or token. */
export interface LookupDetail {
  method: 'order_email' | 'order_postal_code' | 'tracking_number' | 'token';
  kind: ResourceKind;
  id: string;
}

/** `waypost:status`: the widget's state, or the record's progress, changed. */
export interface StatusDetail {
  state: WidgetState;
  previousState: WidgetState;
  kind?: ResourceKind;
  id?: string;
  /** The order's or shipment's milestone, once a record is shown. */
  milestone?: Milestone;
  exception?: ShipmentException | null;
}

/** `waypost:eta-changed`: a live update moved a shipment's delivery estimate. */
export interface EtaChangedDetail {
  shipmentId: string;
  previous: EtaWindow | null;
  current: EtaWindow | null;
  /** The reason code of the newest change, when the source gave one. */
  reason?: string;
}

/** `waypost:action`: the shopper did something worth counting (self-service analytics). */
export interface ActionDetail {
  action:
    | 'copy_tracking_number'
    | 'open_carrier'
    | 'open_support'
    | 'open_returns_portal'
    | 'open_return_label'
    | 'show_all_events'
    | 'retry'
    | 'new_lookup';
  shipmentId?: string;
}

/** `waypost:error`: something failed; the widget shows an error state and never throws into the page. */
export interface ErrorDetail {
  /** A `WaypostError` code (`not_found`, `rate_limited`, `network_error`…) or `internal` for a widget bug. */
  code: string;
  message: string;
  error: unknown;
}

/** Event names (without the `waypost:` prefix) and their detail types. */
export interface WidgetEventMap {
  ready: ReadyDetail;
  lookup: LookupDetail;
  status: StatusDetail;
  'eta-changed': EtaChangedDetail;
  action: ActionDetail;
  error: ErrorDetail;
}

/** An event name. */
export type WidgetEventName = keyof WidgetEventMap;
