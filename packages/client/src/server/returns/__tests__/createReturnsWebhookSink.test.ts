import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDeliveryError } from '../../../errors/DeliveryError.js';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import type { StartReturnInput } from '../../../model/Actions.js';
import { createTestSource } from '../../__tests__/createTestSource.js';
import { signWebhookBody } from '../../outbound/signWebhookBody.js';
import { createReturnsWebhookSink } from '../createReturnsWebhookSink.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const url = 'https://returns.shop.example/waypost';
const secret = 'returns-portal-secret-0123';
const input: StartReturnInput = {
  orderId: 'ord_1',
  items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small', comment: 'Runs small' }],
  resolution: 'refund',
};

async function orderContext() {
  const resource = await createTestSource().get('order', 'ord_1', {});
  return { resource: resource!, locale: 'de-DE' };
}

const answering = (answer: Record<string, string>, status = 200) =>
  server.use(http.post(url, () => HttpResponse.json(answer, { status })));

describe('createReturnsWebhookSink', () => {
  it('posts the signed request with the order and builds the return from the portal’s answer', async () => {
    let received: { body: string; signature: string; delivery: string | null } | undefined;
    server.use(
      http.post(url, async ({ request }) => {
        received = {
          body: await request.text(),
          signature: request.headers.get('waypost-signature') ?? '',
          delivery: request.headers.get('waypost-delivery'),
        };
        return HttpResponse.json({
          id: 'LR-88',
          rma: 'RMA-4411',
          status: 'approved',
          labelUrl: 'https://labels.example/LR-88.pdf',
        });
      }),
    );
    const sink = createReturnsWebhookSink({ url, secret, features: { exchanges: true } });
    expect(sink.features).toEqual({ exchanges: true, storeCredit: false });
    const resource = await sink.startReturn(input, await orderContext());

    const timestamp = Number(/t=(\d+)/.exec(received!.signature)?.[1]);
    expect(received!.signature).toBe(await signWebhookBody(secret, received!.body, timestamp));
    const payload = JSON.parse(received!.body);
    expect(payload).toMatchObject({
      type: 'return.requested',
      request: input,
      order: { number: 'W1001' },
      locale: 'de-DE',
    });
    expect(received!.delivery).toBe(payload.id);
    expect(payload.id).toMatch(/^rtn_/);

    expect(resource).toMatchObject({
      kind: 'return',
      return: {
        id: 'LR-88',
        rma: 'RMA-4411',
        orderId: 'ord_1',
        orderNumber: 'W1001',
        stage: 'approved',
        items: [{ id: 'li_1', title: 'Trail Runner', quantity: 1, reason: 'too_small' }],
        labelUrl: 'https://labels.example/LR-88.pdf',
        shipment: null,
        refund: null,
      },
    });
  });

  it('defaults the RMA to the portal’s id and the stage to requested, and works without the order', async () => {
    answering({ id: 'LR-89' });
    const resource = await createReturnsWebhookSink({ url, secret }).startReturn(input, {});
    expect(resource).toMatchObject({
      kind: 'return',
      return: {
        id: 'LR-89',
        rma: 'LR-89',
        orderId: 'ord_1',
        stage: 'requested',
        items: [{ id: 'li_1', title: 'li_1' }],
      },
    });
  });

  it.each([
    ['no id', { rma: 'x' }, 'id'],
    ['an unknown status', { id: 'LR-1', status: 'shipped' }, 'status'],
    ['a label that is not http(s)', { id: 'LR-1', labelUrl: 'javascript:alert(1)' }, 'labelUrl'],
    ['a QR code that is not http(s)', { id: 'LR-1', qrCodeUrl: 'data:image/png;base64,AA' }, 'qrCodeUrl'],
  ])('refuses an answer with %s as an upstream failure not to retry, naming the field', async (_, answer, path) => {
    answering(answer);
    const error = await createReturnsWebhookSink({ url, secret })
      .startReturn(input, {})
      .catch((caught: unknown) => caught);
    // A `DeliveryError` (the handler's 502 upstream_failed), not retryable: the portal may have filed the return.
    expect(isDeliveryError(error)).toBe(true);
    expect(error).toMatchObject({ retryable: false });
    const cause = (error as Error).cause;
    expect(isInvalidResponseError(cause)).toBe(true);
    expect(cause).toMatchObject({ path });
  });

  it('retries a portal that fails, then gives up with a retryable DeliveryError', async () => {
    let calls = 0;
    server.use(
      http.post(url, () => {
        calls += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const error = await createReturnsWebhookSink({ url, secret, retries: 1 })
      .startReturn(input, {})
      .catch((caught: unknown) => caught);
    expect(isDeliveryError(error)).toBe(true);
    expect(error).toMatchObject({ retryable: true });
    expect(calls).toBe(2);
  });

  it('refuses options without an http(s) url or a long enough secret', () => {
    expect(() => createReturnsWebhookSink({ url: 'ftp://x.example', secret })).toThrow(/http or https/);
    expect(() => createReturnsWebhookSink({ url, secret: 'short' })).toThrow(/at least 16/);
  });
});
