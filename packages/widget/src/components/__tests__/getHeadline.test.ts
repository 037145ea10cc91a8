import type { Shipment } from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { sampleShipment } from '../../__tests__/sampleResult.js';
import { createTranslator } from '../../i18n/createTranslator.js';
import { getHeadline } from '../getHeadline.js';

const ctx = {
  t: createTranslator('en', []),
  locale: 'en-US',
  timeZone: 'UTC',
  now: Date.parse('2024-11-24T12:00:00Z'),
};
const status = (patch: Partial<Shipment['status']>) => ({ ...sampleShipment().status, ...patch });
const date = (value: string) => ({ kind: 'date' as const, date: value, raw: value });

describe('getHeadline', () => {
  it('names the arrival day in plain words', () => {
    expect(getHeadline(sampleShipment(), ctx)).toBe('Arriving Wednesday, November 27');
  });

  it('says today, tomorrow and a window', () => {
    expect(getHeadline(sampleShipment({ eta: { start: date('2024-11-24'), changes: [] } }), ctx)).toBe(
      'Arriving today',
    );
    expect(getHeadline(sampleShipment({ eta: { start: date('2024-11-25'), changes: [] } }), ctx)).toBe(
      'Arriving tomorrow',
    );
    expect(
      getHeadline(sampleShipment({ eta: { start: date('2024-11-26'), end: date('2024-11-28'), changes: [] } }), ctx),
    ).toBe('Arriving Tuesday, November 26 – Thursday, November 28');
  });

  it('says delayed with the new date, and late once the date passed', () => {
    expect(getHeadline(sampleShipment({ status: status({ exception: 'delayed' }) }), ctx)).toBe(
      'Delayed — now arriving Wednesday, November 27',
    );
    expect(getHeadline(sampleShipment({ eta: { start: date('2024-11-20'), changes: [] } }), ctx)).toBe(
      'Running late — expected Wednesday, November 20',
    );
  });

  it('says delivered with the day', () => {
    const delivered = sampleShipment({
      status: status({ milestone: 'delivered' }),
      deliveredAt: { kind: 'instant', utc: '2024-11-26T18:00:00.000Z', raw: '2024-11-26T18:00:00Z' },
    });
    expect(getHeadline(delivered, ctx)).toBe('Delivered Tuesday, November 26');
  });

  it('puts attention and pickup first', () => {
    expect(getHeadline(sampleShipment({ status: status({ exception: 'available_for_pickup' }) }), ctx)).toBe(
      'Ready for pickup',
    );
    expect(
      getHeadline(sampleShipment({ status: status({ exception: 'attempt_failed', actionRequired: true }) }), ctx),
    ).toBe('Needs your attention');
  });

  it('falls back to the milestone without an estimate', () => {
    expect(getHeadline(sampleShipment({ eta: null, status: status({ milestone: 'in_transit' }) }), ctx)).toBe(
      'On its way',
    );
  });

  it('keeps the times of a window that has them', () => {
    const wall = (local: string) => ({ kind: 'wall' as const, local, raw: local });
    const eta = { start: wall('2024-11-24T21:30'), end: wall('2024-11-25T00:30'), changes: [] };
    expect(getHeadline(sampleShipment({ eta }), ctx)).toBe('Arriving today, 9:30 PM – 12:30 AM');
  });

  it('says a label alone is waiting for the carrier, even with an estimate', () => {
    expect(getHeadline(sampleShipment({ status: status({ milestone: 'label_created' }) }), ctx)).toBe(
      'Label created — waiting for the carrier',
    );
  });
});
