import { describe, expect, it } from 'vitest';
import { normalizeEasyPostTracker } from '../../../providers/easypost/normalizeEasyPostTracker.js';
import { testSecret } from '../../__tests__/createTestSource.js';
import { hasSharedFixture, readSharedFixture } from '../../__tests__/readSharedFixture.js';
import { createMemorySubscriptionStore } from '../createMemorySubscriptionStore.js';
import { createNotifier } from '../createNotifier.js';
import type { NotificationMessage } from '../NotificationMessage.js';

const fixture = 'easypost/tracker_py2022_02_in_transit_EZ2000000002.json';
const available = hasSharedFixture(fixture);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the alert ETA wording tests');

// The real EasyPost tracker (in transit, expected 9 March 2022), as a later update with another estimate would be.
// EasyPost sends no record of its own of a moved date, so the wording rests on what the shopper was last told.
function trackerExpected(estDeliveryDate: string, updatedAt: string) {
  const tracker = readSharedFixture(fixture) as Record<string, unknown>;
  return normalizeEasyPostTracker({ ...tracker, est_delivery_date: estDeliveryDate, updated_at: updatedAt });
}

async function subscribe(milestones: 'all' | 'key') {
  const sent: NotificationMessage[] = [];
  const notifier = createNotifier({
    store: createMemorySubscriptionStore(),
    secret: testSecret,
    publicUrl: 'https://shop.example/api/waypost',
    channels: {
      email: {
        name: 'inbox',
        send: async (message) => {
          sent.push(message);
          return {};
        },
      },
    },
  });
  const shipment = normalizeEasyPostTracker(readSharedFixture(fixture));
  await notifier.subscribeAlerts(
    { kind: 'shipment', id: 'shp_1', channel: 'email', address: 'shopper@example.com', milestones, consentText: 'Yes' },
    { locale: 'en', resource: { kind: 'shipment', shipment } as never },
  );
  return { notifier, sent };
}

describe.skipIf(!available)('createNotifier', () => {
  it('tells a shopper whose parcel now comes earlier that it will arrive sooner, not that it is delayed', async () => {
    const { notifier, sent } = await subscribe('all');
    await notifier.receiveShipment(trackerExpected('2022-03-01T23:05:09Z', '2022-03-10T08:00:00Z'));
    expect(sent.map(({ subject }) => subject)).toEqual(['Your parcel will arrive sooner']);
    expect(sent[0]!.text).toContain('Good news: your parcel EZ2000000002 is now expected Tuesday, March 1.');
    // Why a parcel comes sooner is no news to the shopper: the message gives no reason line.
    expect(sent[0]!.text).not.toContain('Reason:');
    expect(sent[0]!.event).toMatchObject({ type: 'eta_changed', direction: 'earlier' });
  });

  it('says a moved window whole, not by its first day alone', async () => {
    const { notifier, sent } = await subscribe('key');
    const later = trackerExpected('2022-03-12T23:05:09Z', '2022-03-10T08:00:00Z');
    const end = { kind: 'date' as const, date: '2022-03-14', raw: '2022-03-14' };
    await notifier.receiveShipment({ ...later, eta: { ...later.eta!, end } });
    expect(sent[0]!.text).toContain('is now expected Saturday, March 12 – Monday, March 14.');
  });

  it('tells a shopper whose parcel now comes later that it is delayed', async () => {
    const { notifier, sent } = await subscribe('key');
    await notifier.receiveShipment(trackerExpected('2022-03-12T23:05:09Z', '2022-03-10T08:00:00Z'));
    expect(sent.map(({ subject }) => subject)).toEqual(['Your parcel is delayed']);
    expect(sent[0]!.text).toContain('is now expected Saturday, March 12. Reason: No reason given.');
  });

  it('words each move against the date last told, not the first estimate', async () => {
    const { notifier, sent } = await subscribe('all');
    await notifier.receiveShipment(trackerExpected('2022-03-14T23:05:09Z', '2022-03-10T08:00:00Z'));
    // Still after the first estimate (9 March), but before the 14th the shopper was told last.
    await notifier.receiveShipment(trackerExpected('2022-03-11T23:05:09Z', '2022-03-11T08:00:00Z'));
    expect(sent.map(({ subject }) => subject)).toEqual(['Your parcel is delayed', 'Your parcel will arrive sooner']);
  });

  it('does not tell a `key` subscriber that the parcel comes earlier', async () => {
    const { notifier, sent } = await subscribe('key');
    await notifier.receiveShipment(trackerExpected('2022-03-01T23:05:09Z', '2022-03-10T08:00:00Z'));
    expect(sent).toEqual([]);
  });
});
