import { DeliveryError } from '../../errors/DeliveryError.js';
import { InvalidResponseError, isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Return } from '../../model/Return.js';
import { toReturnItems } from '../../source/toReturnItems.js';
import type { ReturnsBackend } from '../compose/ComposeSourcesOptions.js';
import { assertWebhookOptions } from '../outbound/assertWebhookOptions.js';
import { type SignedWebhookOptions, sendSignedWebhook } from '../outbound/sendSignedWebhook.js';

/** Options of `createReturnsWebhookSink`. */
export interface ReturnsWebhookSinkOptions extends SignedWebhookOptions {
  /**
   * Whether shoppers may choose an exchange / store credit; the portal must accept what is offered.
   * @default { exchanges: false, storeCredit: false }
   */
  features?: { exchanges?: boolean; storeCredit?: boolean };
}

const optionalUrl = (value: unknown, field: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (!isHttpUrl(value))
    throw new InvalidResponseError(`The returns portal sent a ${field} that is not http(s)`, { path: field });
  return value;
};

// Sends one return to the portal and reads its answer into the model; a bad answer is an `InvalidResponseError`.
async function requestReturn(
  options: ReturnsWebhookSinkOptions,
  input: Parameters<ReturnsBackend['startReturn']>[0],
  context: Parameters<ReturnsBackend['startReturn']>[1],
): Promise<Resource> {
  const order = context.resource?.kind === 'order' ? context.resource.order : undefined;
  const id = `rtn_${crypto.randomUUID()}`;
  const answer = (await sendSignedWebhook(
    options,
    id,
    { type: 'return.requested', id, request: input, order: order ?? null, locale: context.locale ?? null },
    context.signal,
  )) as Record<string, unknown> | null;
  if (!answer || typeof answer.id !== 'string' || answer.id === '') {
    throw new InvalidResponseError('The returns portal answered without a return id', { path: 'id' });
  }
  const status = answer.status ?? 'requested';
  if (status !== 'requested' && status !== 'approved') {
    throw new InvalidResponseError('The returns portal sent an unknown status', { path: 'status' });
  }
  const now = new Date().toISOString();
  const labelUrl = optionalUrl(answer.labelUrl, 'labelUrl');
  const qrCodeUrl = optionalUrl(answer.qrCodeUrl, 'qrCodeUrl');
  const record: Return = {
    id: answer.id,
    rma: typeof answer.rma === 'string' && answer.rma !== '' ? answer.rma : answer.id,
    ...(order ? { orderId: order.id, orderNumber: order.number } : { orderId: input.orderId }),
    stage: status,
    items: toReturnItems(order, input.items),
    shipment: null,
    refund: null,
    ...(labelUrl ? { labelUrl } : {}),
    ...(qrCodeUrl ? { qrCodeUrl } : {}),
    createdAt: { kind: 'instant', utc: now, raw: now },
  };
  const resource: Resource = { kind: 'return', return: record };
  return resource;
}

/**
 * A returns backend for portals that accept a request by HTTP (Loop, AfterShip Returns, your own): each return is
 * POSTed as signed JSON `{ type: 'return.requested', id, request, order }` (see `docs/self-service.md`) and the
 * portal answers `{ id, rma?, status?: 'requested' | 'approved', labelUrl?, qrCodeUrl? }`. A portal that cannot be
 * reached is a `DeliveryError` after the retries; so is an answer that breaks that shape, with the
 * `InvalidResponseError` naming the field as its `cause` and `retryable: false` (the portal may have filed the
 * return): the shopper gets `502 upstream_failed`, an upstream's fault, not the store's `500`.
 *
 * @example composeSources({ orders, returns: createReturnsWebhookSink({ url: 'https://returns.shop.example/hook', secret }) })
 */
export function createReturnsWebhookSink(options: ReturnsWebhookSinkOptions): ReturnsBackend {
  assertWebhookOptions('createReturnsWebhookSink', options);
  return {
    features: { exchanges: options.features?.exchanges ?? false, storeCredit: options.features?.storeCredit ?? false },
    async startReturn(input, context) {
      try {
        return await requestReturn(options, input, context);
      } catch (error) {
        if (!isInvalidResponseError(error)) throw error;
        throw new DeliveryError(`[waypost] the returns portal's answer was refused: ${error.message}`, {
          retryable: false,
          cause: error,
        });
      }
    },
  };
}
