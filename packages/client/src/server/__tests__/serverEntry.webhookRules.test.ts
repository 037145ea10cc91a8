import { describe, expect, it } from 'vitest';
import { normalizeAfterShipTracking } from '../../providers/aftership/normalizeAfterShipTracking.js';
import { getShipmentFreshness, isFresherShipment, isSameParcel } from '../../server.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';

// A UPS parcel AfterShip recorded in 2014, delivered: what a receiver of its own holds, and deliveries to judge.
const fixture = 'aftership/v4_2014_01_delivered_ups_IN-US.json';
const hasFixture = hasSharedFixture(fixture);
if (!hasFixture) console.warn('[waypost] ../shared/fixtures is absent: skipping the server entry webhook rule tests');

describe('@waypost/client/server', () => {
  it.runIf(hasFixture)('gives a receiver of its own the rules the handler judges a webhook delivery by', () => {
    const held = normalizeAfterShipTracking(readSharedFixture(fixture));
    const newer = (update: typeof held) => isFresherShipment(getShipmentFreshness(update), getShipmentFreshness(held));
    // A replay of what is held, and an older state (the delivery scan not yet in), are not newer.
    expect(newer(normalizeAfterShipTracking(readSharedFixture(fixture)))).toBe(false);
    const { updatedAt: _, ...rest } = held;
    const older = { ...rest, events: held.events.slice(0, -1) };
    expect(newer(older)).toBe(false);
    // The same number under another courier is another parcel.
    const fedex = { ...held, id: 'aftership:fedex:x', carrier: { code: 'fedex', name: 'FedEx' } };
    expect(isSameParcel(held, fedex)).toBe(false);
    expect(isSameParcel(held, { ...held, trackingNumber: held.trackingNumber.toLowerCase() })).toBe(true);
  });
});
