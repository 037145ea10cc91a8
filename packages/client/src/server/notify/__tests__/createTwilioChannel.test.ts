import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDeliveryError } from '../../../errors/DeliveryError.js';
import { createTwilioChannel } from '../createTwilioChannel.js';
import { sampleMessage } from './sampleMessage.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const accountSid = `AC${'a1'.repeat(16)}`;
const messagesUrl = `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Messages.json`;
const channel = createTwilioChannel({ accountSid, authToken: 'twilio-token', from: '+14155550100' });

// Twilio's documented error body: https://www.twilio.com/docs/usage/twilios-response#response-formats-exceptions
const twilioError = (status: number, code: number, message: string) =>
  HttpResponse.json({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }, { status });

async function sendError(): Promise<unknown> {
  return channel.send(sampleMessage('+14155550199'), {}).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('createTwilioChannel', () => {
  it('posts the documented form fields with basic auth and returns the message SID', async () => {
    let seen: { authorization: string | null; type: string | null; form: URLSearchParams } | undefined;
    server.use(
      http.post(messagesUrl, async ({ request }) => {
        seen = {
          authorization: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
          form: new URLSearchParams(await request.text()),
        };
        return HttpResponse.json({ sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' }, { status: 201 });
      }),
    );
    const sent = await channel.send(sampleMessage('+14155550199'), {});
    expect(sent).toEqual({ id: 'SM0123456789abcdef0123456789abcdef' });
    expect(seen?.authorization).toBe(`Basic ${btoa(`${accountSid}:twilio-token`)}`);
    expect(seen?.type).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(seen!.form)).toEqual({
      To: '+14155550199',
      From: '+14155550100',
      Body: sampleMessage('').text,
    });
  });

  it('sends from a Messaging Service when `from` is its SID', async () => {
    const service = `MG${'b2'.repeat(16)}`;
    let form: URLSearchParams | undefined;
    server.use(
      http.post(messagesUrl, async ({ request }) => {
        form = new URLSearchParams(await request.text());
        return HttpResponse.json({ sid: 'SM1' }, { status: 201 });
      }),
    );
    await createTwilioChannel({ accountSid, authToken: 't', from: service }).send(sampleMessage('+14155550199'), {});
    expect(form?.get('MessagingServiceSid')).toBe(service);
    expect(form?.has('From')).toBe(false);
  });

  it('turns an invalid number (21211) into a permanent DeliveryError with Twilio’s code', async () => {
    server.use(
      http.post(messagesUrl, () => twilioError(400, 21211, "The 'To' number +1415555 is not a valid phone number.")),
    );
    const error = await sendError();
    expect(isDeliveryError(error)).toBe(true);
    expect(error).toMatchObject({ retryable: false, providerCode: 21211, code: 'delivery_failed' });
    expect((error as Error).message).toContain('21211');
  });

  it('treats an opted-out recipient (21610) as permanent even though it is not a 5xx', async () => {
    server.use(http.post(messagesUrl, () => twilioError(400, 21610, 'Attempt to send to unsubscribed recipient')));
    expect(await sendError()).toMatchObject({ retryable: false, providerCode: 21610 });
  });

  it('marks rate limiting (429, 20429) and server errors as retryable', async () => {
    server.use(http.post(messagesUrl, () => twilioError(429, 20429, 'Too Many Requests')));
    expect(await sendError()).toMatchObject({ retryable: true, providerCode: 20429 });
    server.use(http.post(messagesUrl, () => new HttpResponse('upstream', { status: 503 })));
    expect(await sendError()).toMatchObject({ retryable: true, providerCode: undefined });
  });

  it('marks a network failure as retryable', async () => {
    server.use(http.post(messagesUrl, () => HttpResponse.error()));
    expect(await sendError()).toMatchObject({ name: 'DeliveryError', retryable: true });
  });

  it('refuses options that cannot work at start-up', () => {
    expect(() => createTwilioChannel({ accountSid: 'nope', authToken: 't', from: '+14155550100' })).toThrow(TypeError);
    expect(() => createTwilioChannel({ accountSid, authToken: 't', from: '4155550100' })).toThrow(TypeError);
  });
});
