import type { Order, Resource, ResourceKind } from '@waypost/client';

/** The record the shopper's actions apply to, and the order context links may carry (never personal data). */
export interface ActionTarget {
  /** The shown record: the looked-up one, or a return or exchange opened from its order. */
  resource: Resource;
  kind: ResourceKind;
  id: string;
  /** The order's number, when known: the only context a link to the retailer carries. */
  orderNumber?: string | undefined;
  links: Order['links'];
}
