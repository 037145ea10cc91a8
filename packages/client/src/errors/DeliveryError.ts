import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** Options of a `DeliveryError`. */
export interface DeliveryErrorOptions extends WaypostErrorOptions {
  /**
   * Whether trying again later can succeed (a timeout, a 5xx, a 429). A refused address or a bad credential is not.
   * @default true
   */
  retryable?: boolean;
  /** The destination's own error code (Twilio's `21211`, an SMTP reply code), when it gave one. */
  providerCode?: string | number;
}

/**
 * A channel or destination (SMTP, Twilio, a webhook, a helpdesk) did not accept a message. Notifiers retry the
 * `retryable` ones with backoff and record the rest as failed; nothing is dropped silently.
 */
export class DeliveryError extends WaypostError {
  override readonly name = 'DeliveryError' as const;
  declare readonly code: 'delivery_failed';
  /** Whether trying again later can succeed. */
  readonly retryable: boolean;
  /** The destination's own error code, when it gave one. */
  readonly providerCode: string | number | undefined;

  constructor(message: string, options: DeliveryErrorOptions = {}) {
    super(message, 'delivery_failed', options);
    this.retryable = options.retryable ?? true;
    this.providerCode = options.providerCode;
  }
}

/** True for a `DeliveryError` from any copy of `@waypost/client`. */
export function isDeliveryError(error: unknown): error is DeliveryError {
  return isWaypostError(error) && error.name === 'DeliveryError';
}
