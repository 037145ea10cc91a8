import type {
  AlertChannel,
  AlertMilestones,
  EtaWindow,
  IssueType,
  Milestone,
  ResourceKind,
  ReturnResolution,
  ShipmentException,
} from '@waypost/client';
import type { WidgetState } from './WidgetState.js';

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

/** What an action is about: the record on screen (an order, or a return or exchange opened from it). */
export interface ActionRecord {
  kind?: ResourceKind;
  id?: string;
}

/**
 * `waypost:action`: the shopper did something worth counting (self-service and deflection analytics). Never
 * carries personal data: no email, phone number, address or free text.
 */
export type ActionDetail = ActionRecord &
  (
    | { action: 'copy_tracking_number' | 'open_carrier' | 'show_all_events' | 'open_next_step'; shipmentId: string }
    | { action: 'open_support'; shipmentId?: string }
    | {
        action: 'open_returns_portal' | 'open_return_label' | 'open_return_qr' | 'view_record' | 'retry' | 'new_lookup';
      }
    /** A panel of the feature module was opened: the start of a self-service attempt. */
    | { action: 'open_panel'; panel: 'return' | 'alerts' | 'issue' | 'faq' }
    /** A return or exchange was created in the widget (`created` is the new record). */
    | {
        action: 'start_return';
        resolution: ReturnResolution;
        itemCount: number;
        created: { kind: 'return' | 'exchange'; id: string };
      }
    | { action: 'alert_opt_in'; channel: AlertChannel; milestones: AlertMilestones }
    /** A problem was reported: through the API (with its `reference`), a link, or the host's callback. */
    | { action: 'report_issue'; issueType: IssueType; routing: 'api' | 'url' | 'callback'; reference?: string }
    | { action: 'faq_open'; faqId: string }
    | { action: 'promo_click'; promoId: string; position: number }
  );

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
