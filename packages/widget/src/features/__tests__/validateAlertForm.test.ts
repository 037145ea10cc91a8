import { describe, expect, it } from 'vitest';
import { E164, validateAlertForm } from '../validateAlertForm.js';

const record = { kind: 'order', id: 'ord_1' } as const;
const consent = 'Text me updates about this order.';

describe('validateAlertForm', () => {
  it('accepts E.164 numbers and drops spaces, dots, dashes and brackets first', () => {
    const check = validateAlertForm(
      { channel: 'sms', address: '+1 (415) 555-01.00', milestones: 'key', consent: true },
      record,
      consent,
    );
    expect(check.input).toEqual({
      kind: 'order',
      id: 'ord_1',
      channel: 'sms',
      address: '+14155550100',
      milestones: 'key',
      consentText: consent,
    });
  });

  it.each(['4155550100', '+04155550100', '+1415', '+1415555010012345', '+44 20 7946 095x', ''])(
    'refuses %j as a phone number',
    (address) => {
      const check = validateAlertForm({ channel: 'sms', address, milestones: 'all', consent: true }, record, consent);
      expect(check.errors).toEqual({ address: 'alerts.invalidPhone' });
    },
  );

  it('matches the E.164 pattern the brief fixes', () => {
    expect(E164.source).toBe('^\\+[1-9]\\d{7,14}$');
    expect(E164.test('+447911123456')).toBe(true);
  });

  it('checks the email address for the email channel', () => {
    const bad = validateAlertForm(
      { channel: 'email', address: 'nope', milestones: 'all', consent: true },
      record,
      consent,
    );
    expect(bad.errors).toEqual({ address: 'form.invalidEmail' });
    const good = validateAlertForm(
      { channel: 'email', address: ' a@b.co ', milestones: 'all', consent: true },
      record,
      consent,
    );
    expect(good.input?.address).toBe('a@b.co');
  });

  it('requires explicit consent and sends its text verbatim', () => {
    const refused = validateAlertForm(
      { channel: 'email', address: 'a@b.co', milestones: 'all', consent: false },
      record,
      consent,
    );
    expect(refused.errors).toEqual({ consent: 'alerts.consentRequired' });
    const accepted = validateAlertForm(
      { channel: 'email', address: 'a@b.co', milestones: 'all', consent: true },
      record,
      consent,
    );
    expect(accepted.input?.consentText).toBe(consent);
  });
});
