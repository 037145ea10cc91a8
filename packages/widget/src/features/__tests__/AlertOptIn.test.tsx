import { NetworkError } from '@waypost/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { ALL_CAPABILITIES, actionOrderResult } from '../../__tests__/sampleReturns.js';
import { openPanel, type } from './openPanel.js';

describe('AlertOptIn', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('requires consent and an E.164 number, then subscribes with the consent text verbatim', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const subscribe = vi.fn(async () => ({
      id: 'al_1',
      channel: 'sms' as const,
      milestones: 'key' as const,
      createdAt: { kind: 'date' as const, date: '2024-11-24', raw: '2024-11-24' },
    }));
    mounted.client.subscribeAlerts = subscribe;
    const form = await openPanel(mounted, 'Get delivery alerts', 'form');
    const { view, root } = mounted;
    view.getByLabelText('Text message').click();
    await flush();
    const phone = view.getByLabelText('Mobile number, with country code');
    expect(phone.getAttribute('type')).toBe('tel');
    await type(phone, '415 555 0100');
    form.requestSubmit();
    await flush();
    expect(view.getByText(/Enter a mobile number with its country code/)).toBeTruthy();
    expect(view.getByText('Tick the box to agree to alerts.')).toBeTruthy();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(root.activeElement).toBe(phone);
    expect(subscribe).not.toHaveBeenCalled();
    await type(phone, '+1 415 555 0100');
    view.getByRole('checkbox').click();
    await flush();
    form.requestSubmit();
    await vi.waitFor(() => expect(root.querySelector('[part="actions"] strong')?.textContent).toBe('Alerts are on.'));
    expect(subscribe).toHaveBeenCalledWith({
      kind: 'order',
      id: 'ord_1',
      channel: 'sms',
      address: '+14155550100',
      milestones: 'key',
      consentText: 'Text me updates about this order. Message and data rates may apply. Reply STOP to cancel.',
    });
    expect(mounted.actions).toContainEqual({
      action: 'alert_opt_in',
      channel: 'sms',
      milestones: 'key',
      kind: 'order',
      id: 'ord_1',
    });
    expect(JSON.stringify(mounted.actions)).not.toContain('415');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Alerts are on.');
  });

  it('offers only the channels the backend sends, and shows a failure without losing the form', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: { ...ALL_CAPABILITIES, alerts: { channels: ['email'] } },
    });
    mounted.client.subscribeAlerts = async () => {
      throw new NetworkError('[waypost] POST /alerts: Failed to fetch');
    };
    const form = await openPanel(mounted, 'Get delivery alerts', 'form');
    expect(mounted.view.queryByLabelText('Text message')).toBeNull();
    await type(mounted.view.getByLabelText('Email address'), 'shopper@example.com');
    mounted.view.getByRole('checkbox').click();
    await flush();
    form.requestSubmit();
    await vi.waitFor(() => expect(mounted.view.getByRole('alert')).toBeTruthy());
    // No promise of a retry that never comes: the shopper sends again.
    expect(mounted.view.getByRole('alert').textContent).toBe(
      'We couldn’t reach the store. Check your connection and try again.',
    );
    expect(mounted.view.getByLabelText('Email address')).toBeTruthy();
    expect(mounted.view.getByRole('button', { name: 'Turn on alerts' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('starts the email field with the address the shopper looked the order up with', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: ALL_CAPABILITIES,
      email: 'shopper@example.com',
    });
    await openPanel(mounted, 'Get delivery alerts', 'form');
    const field = mounted.view.getByLabelText('Email address') as HTMLInputElement;
    expect(field.value).toBe('shopper@example.com');
    mounted.view.getByLabelText('Text message').click();
    await flush();
    // Never carried into the phone field.
    expect((mounted.view.getByLabelText('Mobile number, with country code') as HTMLInputElement).value).toBe('');
  });

  it('keeps each channel’s own address while the shopper switches between them', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: ALL_CAPABILITIES,
      email: 'shopper@example.com',
    });
    await openPanel(mounted, 'Get delivery alerts', 'form');
    const { view } = mounted;
    view.getByLabelText('Text message').click();
    await flush();
    await type(view.getByLabelText('Mobile number, with country code'), '+14155550100');
    view.getByLabelText('Email').click();
    await flush();
    expect((view.getByLabelText('Email address') as HTMLInputElement).value).toBe('shopper@example.com');
    await type(view.getByLabelText('Email address'), 'other@example.com');
    view.getByLabelText('Text message').click();
    await flush();
    expect((view.getByLabelText('Mobile number, with country code') as HTMLInputElement).value).toBe('+14155550100');
    view.getByLabelText('Email').click();
    await flush();
    expect((view.getByLabelText('Email address') as HTMLInputElement).value).toBe('other@example.com');
  });

  it('offers another number, on the text-message form, once text alerts are on', async () => {
    localStorage.setItem('waypost:alerts:order:ord_1', 'sms');
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: ALL_CAPABILITIES,
      email: 'shopper@example.com',
    });
    await openPanel(mounted, 'Alerts on · text message', '[part="actions"] strong');
    expect(mounted.view.queryByRole('button', { name: 'Use another address' })).toBeNull();
    mounted.view.getByRole('button', { name: 'Use another number' }).click();
    await flush();
    expect((mounted.view.getByLabelText('Text message') as HTMLInputElement).checked).toBe(true);
    expect((mounted.view.getByLabelText('Mobile number, with country code') as HTMLInputElement).value).toBe('');
  });

  it('says alerts are already on when this browser turned them on for the order, and keeps the form at hand', async () => {
    const first = await mountRecord(actionOrderResult(), {
      capabilities: ALL_CAPABILITIES,
      email: 'shopper@example.com',
    });
    first.client.subscribeAlerts = async () => ({
      id: 'al_1',
      channel: 'email' as const,
      milestones: 'key' as const,
      createdAt: { kind: 'date' as const, date: '2024-11-24', raw: '2024-11-24' },
    });
    const form = await openPanel(first, 'Get delivery alerts', 'form');
    first.view.getByRole('checkbox').click();
    await flush();
    form.requestSubmit();
    await vi.waitFor(() =>
      expect(first.root.querySelector('[part="actions"] strong')?.textContent).toBe('Alerts are on.'),
    );
    expect(JSON.stringify({ ...localStorage })).not.toContain('shopper@example.com');
    document.body.replaceChildren();

    // The next visit: the entry itself says so, and its panel too.
    const next = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    await openPanel(next, 'Alerts on · email', '[part="actions"] strong');
    expect(next.root.querySelector('[part="actions"] strong')?.textContent).toBe(
      'Alerts are already on for this order (Email).',
    );
    next.view.getByRole('button', { name: 'Use another address' }).click();
    await flush();
    expect(next.view.getByLabelText('Email address')).toBeTruthy();
  });
});
