import type { LookupResult } from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';
import { createTranslator } from '../../i18n/createTranslator.js';
import { enResult } from '../../i18n/en.js';
import { describeRecord } from '../describeRecord.js';

const ctx = {
  t: createTranslator('en', [enResult]),
  locale: 'en-US',
  timeZone: 'UTC',
  now: Date.parse('2024-11-24T12:00:00Z'),
};
const moving = sampleShipment();
const arrived = (patch = {}) =>
  sampleShipment({ status: { ...moving.status, milestone: 'delivered', exception: null }, ...patch });
const second = { id: 'shp_2', trackingNumber: '1Z999AA10123456785' };

describe('describeRecord', () => {
  it('says one parcel by its headline, and an order of several by its progress', () => {
    expect(describeRecord(sampleOrderResult([arrived()]), null, ctx)).toMatch(/^Order W1001: Delivered/);
    const needing = sampleShipment({ ...second, status: { ...moving.status, exception: 'exception' } });
    expect(describeRecord(sampleOrderResult([arrived(), needing]), null, ctx)).toBe(
      'Order W1001: 1 of 2 delivered · 1 needs your action',
    );
  });

  it('names the parcel whose headline changed, and says nothing when none did', () => {
    const before: LookupResult = sampleOrderResult([moving, arrived(second)]);
    const after: LookupResult = sampleOrderResult([moving, arrived(second)]);
    expect(describeRecord(after, before, ctx)).toBe('');
    const changed = sampleOrderResult([arrived(), arrived(second)]);
    expect(describeRecord(changed, before, ctx)).toMatch(/^Update: Shipment 1 of 2: Delivered/);
    expect(describeRecord(sampleOrderResult([arrived()]), sampleOrderResult([moving]), ctx)).toMatch(
      /^Update: Delivered/,
    );
  });
});
