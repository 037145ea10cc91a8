import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestSource, testSecret } from '../../__tests__/createTestSource.js';
import { postJson, readJson } from '../../__tests__/requests.js';
import { composeSources } from '../../compose/composeSources.js';
import { createHandler } from '../../createHandler.js';
import { startSmtpServer, type TestSmtpServer } from '../../notify/__tests__/startSmtpServer.js';
import { signWebhookBody } from '../../outbound/signWebhookBody.js';
import { createEmailIssueDestination } from '../createEmailIssueDestination.js';
import { createIssueRouter } from '../createIssueRouter.js';
import { createWebhookIssueDestination } from '../createWebhookIssueDestination.js';
import { createZendeskIssueDestination } from '../createZendeskIssueDestination.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const zendeskUrl = 'https://acme.zendesk.com/api/v2/tickets.json';
const hookUrl = 'https://ops.shop.example/waypost/issues';
const hookSecret = 'issue-hook-secret-0123';
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
afterEach(() => {
  smtp.inbox.length = 0;
});

async function setup() {
  const transport = { host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true };
  const issues = createIssueRouter({
    routes: {
      damaged: createEmailIssueDestination({ transport, from: 'waypost@shop.example', to: 'damage@shop.example' }),
      not_received: createZendeskIssueDestination({
        subdomain: 'acme',
        email: 'ops@shop.example',
        apiToken: 'zd-token',
        retries: 1,
      }),
      wrong_item: createWebhookIssueDestination({ url: hookUrl, secret: hookSecret, retries: 0 }),
    },
    fallback: createEmailIssueDestination({ transport, from: 'waypost@shop.example', to: 'help@shop.example' }),
  });
  const errors: unknown[] = [];
  const handler = createHandler({
    source: composeSources({ orders: createTestSource(['reportIssue']), issues }),
    secret: testSecret,
    rateLimit: false,
    onError: (error) => errors.push(error),
  });
  const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const report = (type: string, message = 'Box was crushed') =>
    handler(
      postJson(
        '/issues',
        { kind: 'order', id: 'ord_1', type, message, itemIds: ['li_1'] },
        { Authorization: `Bearer ${token}` },
      ),
    );
  return { handler, report, errors };
}

describe('createIssueRouter', () => {
  it('emails a damaged-item report to its support address with the reference in the subject', async () => {
    const { report } = await setup();
    const response = await report('damaged');
    expect(response.status).toBe(201);
    const { reference } = await readJson(response);
    expect(reference).toMatch(/^WP-[2-9A-Z]{8}$/);
    expect(smtp.inbox).toHaveLength(1);
    expect((smtp.inbox[0]!.to as { text: string }).text).toBe('damage@shop.example');
    expect(smtp.inbox[0]!.subject).toBe(`[${reference}] Item arrived damaged — order W1001`);
    expect(smtp.inbox[0]!.text).toContain('Items: Trail Runner');
    expect(smtp.inbox[0]!.text).toContain('Box was crushed');
  });

  it('opens a Zendesk ticket for a parcel not received and answers with the ticket number', async () => {
    let seen: { authorization: string | null; idempotency: string | null; body: unknown } | undefined;
    server.use(
      http.post(zendeskUrl, async ({ request }) => {
        seen = {
          authorization: request.headers.get('authorization'),
          idempotency: request.headers.get('idempotency-key'),
          body: await request.json(),
        };
        return HttpResponse.json({ ticket: { id: 35436, status: 'new' } }, { status: 201 });
      }),
    );
    const { report } = await setup();
    const response = await report('not_received', 'Tracking says delivered, nothing here');
    expect(await readJson(response)).toMatchObject({ reference: '35436' });
    expect(seen?.authorization).toBe(`Basic ${btoa('ops@shop.example/token:zd-token')}`);
    expect(seen?.idempotency).toMatch(/^waypost-/);
    expect(seen?.body).toMatchObject({
      ticket: {
        subject: 'Parcel not received — order W1001',
        comment: { public: false },
        tags: ['waypost', 'waypost_not_received'],
        external_id: 'ord_1',
        requester: { name: 'Ada', email: 'shopper@example.com' },
      },
    });
    expect(smtp.inbox).toHaveLength(0);
  });

  it('posts a wrong-item report to the signed webhook and uses the reference it answers with', async () => {
    let valid = false;
    server.use(
      http.post(hookUrl, async ({ request }) => {
        const body = await request.text();
        const signature = request.headers.get('waypost-signature') ?? '';
        const timestamp = Number(/t=(\d+)/.exec(signature)?.[1]);
        valid = signature === (await signWebhookBody(hookSecret, body, timestamp));
        expect(JSON.parse(body)).toMatchObject({ type: 'issue.reported', issue: { type: 'wrong_item' } });
        return HttpResponse.json({ reference: 'OPS-981' });
      }),
    );
    const { report } = await setup();
    expect(await readJson(await report('wrong_item'))).toMatchObject({ reference: 'OPS-981' });
    expect(valid).toBe(true);
  });

  it('sends types without a route to the fallback', async () => {
    const { report } = await setup();
    expect((await report('late')).status).toBe(201);
    expect((smtp.inbox[0]!.to as { text: string }).text).toBe('help@shop.example');
  });

  it('answers 502 upstream_failed instead of a receipt when the helpdesk refuses the ticket, and reports it', async () => {
    let calls = 0;
    server.use(
      http.post(zendeskUrl, () => {
        calls += 1;
        return HttpResponse.json({ error: 'RecordInvalid', description: 'Record validation errors' }, { status: 422 });
      }),
    );
    const { report, errors } = await setup();
    const response = await report('not_received');
    expect(response.status).toBe(502);
    expect(await readJson(response)).toMatchObject({ status: 502, code: 'upstream_failed' });
    // A refusal is permanent: no retry, and no Retry-After to invite one.
    expect(calls).toBe(1);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(errors[0]).toMatchObject({ name: 'DeliveryError', retryable: false, providerCode: 'RecordInvalid' });
  });

  it('retries a helpdesk that is down, then answers 502 with Retry-After', async () => {
    let calls = 0;
    server.use(
      http.post(zendeskUrl, () => {
        calls += 1;
        return HttpResponse.json({ error: 'ServiceUnavailable' }, { status: 503, headers: { 'Retry-After': '0' } });
      }),
    );
    const { report, errors } = await setup();
    const response = await report('not_received');
    expect(response.status).toBe(502);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ name: 'DeliveryError', retryable: true, providerCode: 'ServiceUnavailable' });
  });

  it('answers 502 when the signed webhook cannot be reached', async () => {
    server.use(http.post(hookUrl, () => HttpResponse.error()));
    const { report, errors } = await setup();
    expect((await report('wrong_item')).status).toBe(502);
    expect(errors[0]).toMatchObject({ name: 'DeliveryError' });
  });

  it('refuses a router that leaves an issue type with nowhere to go', () => {
    expect(() => createIssueRouter({ routes: {} })).toThrow(/no destination for not_received/);
  });
});
