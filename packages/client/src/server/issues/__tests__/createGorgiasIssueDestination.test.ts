import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDeliveryError } from '../../../errors/DeliveryError.js';
import { createGorgiasIssueDestination } from '../createGorgiasIssueDestination.js';
import type { IssueReport } from '../IssueReport.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ticketsUrl = 'https://acme.gorgias.com/api/tickets';
const destination = createGorgiasIssueDestination({
  domain: 'acme',
  email: 'ops@shop.example',
  apiKey: 'gk_test',
  retries: 1,
});
const report: IssueReport = {
  input: { kind: 'order', id: 'ord_1', type: 'damaged', message: 'The box arrived crushed', itemIds: [] },
  requester: { email: 'ana@example.com', name: 'Ana' },
  locale: 'fr-CA',
  reportedAt: Date.UTC(2026, 0, 5, 9, 30),
};

// Gorgias answers a created ticket with the ticket object (201); this is its documented shape, cut to what matters.
const created = { id: 214731, uri: '/api/tickets/214731/', status: 'open', channel: 'api', via: 'api' };

describe('createGorgiasIssueDestination', () => {
  it('opens a ticket from the shopper as an incoming api message and answers with the ticket id', async () => {
    let seen: { authorization: string | null; body: unknown } | undefined;
    server.use(
      http.post(ticketsUrl, async ({ request }) => {
        seen = { authorization: request.headers.get('authorization'), body: await request.json() };
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    await expect(destination.deliver(report, {})).resolves.toEqual({ reference: '214731' });
    expect(seen?.authorization).toBe(`Basic ${btoa('ops@shop.example:gk_test')}`);
    expect(seen?.body).toMatchObject({
      channel: 'api',
      via: 'api',
      from_agent: false,
      customer: { email: 'ana@example.com', name: 'Ana' },
      subject: 'Item arrived damaged — order ord_1',
      tags: [{ name: 'waypost' }, { name: 'waypost_damaged' }],
      external_id: 'ord_1',
      language: 'fr',
      messages: [
        {
          channel: 'api',
          via: 'api',
          from_agent: false,
          sender: { email: 'ana@example.com', name: 'Ana' },
          body_text: expect.stringContaining('The box arrived crushed'),
        },
      ],
    });
  });

  it('files an internal note from the API user when the shopper’s contact is unknown', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post(ticketsUrl, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const { requester: _, ...anonymous } = report;
    await destination.deliver(anonymous, {});
    expect(body).not.toHaveProperty('customer');
    expect(body?.messages).toMatchObject([
      { channel: 'internal-note', from_agent: true, sender: { email: 'ops@shop.example' } },
    ]);
  });

  it('turns a validation error into a permanent DeliveryError with Gorgias’s words', async () => {
    let calls = 0;
    server.use(
      http.post(ticketsUrl, () => {
        calls += 1;
        return HttpResponse.json(
          {
            error: {
              msg: 'Invalid request',
              data: { messages: { '0': { sender: ['Missing data for required field.'] } } },
            },
          },
          { status: 400 },
        );
      }),
    );
    const error = await destination.deliver(report, {}).catch((caught: unknown) => caught);
    expect(isDeliveryError(error)).toBe(true);
    expect(error).toMatchObject({ retryable: false, providerCode: 400 });
    expect((error as Error).message).toMatch(/^Gorgias refused the ticket \(400\): Invalid request .*sender/);
    expect(calls).toBe(1);
  });

  it('retries a rate limit after Retry-After and opens the ticket', async () => {
    let calls = 0;
    server.use(
      http.post(ticketsUrl, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ error: { msg: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '0' } })
          : HttpResponse.json(created, { status: 201 });
      }),
    );
    await expect(destination.deliver(report, {})).resolves.toEqual({ reference: '214731' });
    expect(calls).toBe(2);
  });

  it('refuses a 201 without a ticket id', async () => {
    server.use(http.post(ticketsUrl, () => HttpResponse.json({ status: 'open' }, { status: 201 })));
    await expect(destination.deliver(report, {})).rejects.toMatchObject({
      name: 'DeliveryError',
      message: 'Gorgias answered without a ticket id',
      retryable: false,
    });
  });

  it('refuses options without a domain, email or key', () => {
    expect(() => createGorgiasIssueDestination({ domain: 'acme.gorgias.com', email: 'a@b', apiKey: 'k' })).toThrow(
      /needs a `domain`/,
    );
  });
});
