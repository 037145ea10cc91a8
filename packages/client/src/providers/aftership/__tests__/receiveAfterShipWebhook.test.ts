import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isVerificationError } from '../../../errors/VerificationError.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { receiveAfterShipWebhook } from '../receiveAfterShipWebhook.js';

const present = hasFixtures('aftership');
if (!present) console.warn(getSkipMessage('aftership'));

function webhook(body: string, signature?: string): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['aftership-hmac-sha256'] = signature;
  return new Request('https://shop.test/webhooks/aftership', { method: 'POST', body, headers });
}

describe.skipIf(!present)('receiveAfterShipWebhook', () => {
  const tracking = (
    readFixture('aftership', 'v4_java_04_mark_completed_exception_lost.json') as { data: { tracking: unknown } }
  ).data.tracking;
  const body = JSON.stringify({
    event: 'tracking_update',
    event_id: 'e1',
    is_tracking_first_tag: false,
    msg: tracking,
    ts: 1534482646,
  });
  const signature = createHmac('sha256', 'whsec').update(body).digest('base64');

  it('verifies the base64 signature and normalizes the tracking in msg', async () => {
    const shipment = await receiveAfterShipWebhook(webhook(body, signature), { secret: 'whsec' });
    expect(shipment.status).toMatchObject({ milestone: 'out_for_delivery', exception: 'lost' });
  });

  it('refuses a wrong, tampered or missing signature', async () => {
    const attempts = [
      receiveAfterShipWebhook(webhook(body, signature), { secret: 'other' }),
      receiveAfterShipWebhook(webhook(body.replace('Exception', 'Delivered'), signature), { secret: 'whsec' }),
      receiveAfterShipWebhook(webhook(body), { secret: 'whsec' }),
    ].map((attempt) => attempt.catch((error: unknown) => error));
    for (const outcome of await Promise.all(attempts)) expect(isVerificationError(outcome)).toBe(true);
  });
});
