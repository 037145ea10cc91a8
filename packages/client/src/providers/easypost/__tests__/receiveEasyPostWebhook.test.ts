import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isVerificationError } from '../../../errors/VerificationError.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { receiveEasyPostWebhook } from '../receiveEasyPostWebhook.js';

const present = hasFixtures('easypost');
if (!present) console.warn(getSkipMessage('easypost'));

// Signed as EasyPost does: hex HMAC-SHA256 of the raw body, keyed with the NFKD form of the secret.
const secret = 'se\u0301cret-\u00e9'; // mixed composed and decomposed accents
const sign = (body: string) =>
  `hmac-sha256-hex=${createHmac('sha256', secret.normalize('NFKD')).update(body).digest('hex')}`;

function webhook(body: string, signature?: string): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['x-hmac-signature'] = signature;
  return new Request('https://shop.test/webhooks/easypost', { method: 'POST', body, headers });
}

describe.skipIf(!present)('receiveEasyPostWebhook', () => {
  const tracker = readFixture('easypost', 'tracker_rb2024_out_for_delivery_9434600110368068500783.json');
  const body = JSON.stringify({ object: 'Event', description: 'tracker.updated', mode: 'test', result: tracker });

  it('verifies the signature with the NFKD secret and normalizes the Event result', async () => {
    const shipment = await receiveEasyPostWebhook(webhook(body, sign(body)), { secret: secret.normalize('NFC') });
    expect(shipment.status.milestone).toBe('out_for_delivery');
    expect(shipment.trackingNumber).toBe('9434600110368068500783');
  });

  it('refuses a wrong, unprefixed or missing signature', async () => {
    const attempts = [
      receiveEasyPostWebhook(webhook(body, sign(body)), { secret: 'other' }),
      receiveEasyPostWebhook(webhook(body, sign(body).replace('hmac-sha256-hex=', '')), { secret }),
      receiveEasyPostWebhook(webhook(`${body} `, sign(body)), { secret }),
      receiveEasyPostWebhook(webhook(body), { secret }),
    ].map((attempt) => attempt.catch((error: unknown) => error));
    for (const outcome of await Promise.all(attempts)) expect(isVerificationError(outcome)).toBe(true);
  });
});
