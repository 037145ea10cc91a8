import { describe, expect, it } from 'vitest';
import type { EtaChange } from '../../../model/Eta.js';
import type { NotificationEvent } from '../NotificationEvent.js';
import { renderNotification } from '../renderNotification.js';

const date = (value: string) => ({ kind: 'date' as const, date: value, raw: value });

// The provider's record: first expected 3 March, now the 5th, because of the weather.
const change: EtaChange = {
  from: { start: date('2026-03-03') },
  to: { start: date('2026-03-05') },
  reason: { code: 'weather', text: '' },
  detectedAt: date('2026-03-02'),
};

const render = (event: NotificationEvent) =>
  renderNotification({
    event,
    channel: 'email',
    locale: 'en',
    trackingNumber: '1Z999',
    carrier: 'UPS',
    date: 'Thursday, March 5',
    unsubscribeUrl: 'https://shop.example/api/waypost/unsubscribe/t',
  });

describe('renderNotification', () => {
  it('words a move by its direction from the date the shopper was last told', () => {
    expect(render({ type: 'eta_changed', change, direction: 'earlier' }).subject).toBe(
      'Your parcel will arrive sooner',
    );
    const later = render({ type: 'eta_changed', change: { ...change, from: null }, direction: 'later' });
    expect(later.subject).toBe('Your parcel is delayed');
    expect(later.text).toContain('is now expected Thursday, March 5. Reason: Weather.');
  });

  it('falls back to the provider’s record for a message queued without a direction', () => {
    expect(render({ type: 'eta_changed', change }).subject).toBe('Your parcel is delayed');
    const sooner = { ...change, from: change.to, to: change.from };
    expect(render({ type: 'eta_changed', change: sooner }).subject).toBe('Your parcel will arrive sooner');
  });
});
