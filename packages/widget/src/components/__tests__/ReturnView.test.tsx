import type { Return } from '@waypost/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { recordResult, sampleReturn } from '../../__tests__/sampleReturns.js';

const show = (patch: Partial<Return> = {}, locale = 'en') =>
  mountRecord(recordResult(sampleReturn(patch), 'return'), { locale });
const steps = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="return"] ol[part="stepper"] li')].map((item) => item.textContent);

describe('ReturnView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-24T12:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('shows the RMA, the stage as a headline and a stepper with exactly one current step', async () => {
    const { view, root } = await show({ stage: 'in_transit' });
    expect(view.getByRole('heading', { level: 2, name: 'Return RMA-58213' })).toBeTruthy();
    expect(root.querySelector('[part="return"] [part="headline"]')?.textContent).toBe('On its way back');
    expect(steps(root)).toEqual([
      'Return requested, Completed',
      'Return approved, Completed',
      'Return label ready, Completed',
      'On its way back, Current step',
      'Return received, Not yet',
      'Return inspected, Not yet',
      'Refund issued, Not yet',
    ]);
    expect(root.querySelectorAll('[part="return"] [aria-current="step"]')).toHaveLength(1);
  });

  it('ends with "Exchanged" for a return that belongs to an exchange, and marks the last step done', async () => {
    const { root } = await show({ stage: 'exchanged', exchangeId: 'exc_1' });
    expect(steps(root).at(-1)).toBe('Exchanged, Completed');
  });

  it.each([
    ['rejected', 'Return rejected'],
    ['cancelled', 'Return cancelled'],
    ['expired', 'Return expired'],
  ] as const)('shows %s as an end state with its reason', async (stage, text) => {
    const { root, view } = await show({ stage, stageReason: 'Outside the 45-day window' });
    expect(steps(root)).toEqual(['Return requested, Completed', `${text}, Current step`]);
    expect(root.querySelector('[part="return"] .end')).toBeTruthy();
    expect(view.getByText('Reason: Outside the 45-day window')).toBeTruthy();
  });

  it('formats the refund in its currency with Intl, with its method and status', async () => {
    const pending = await show();
    expect(pending.view.getByText('Refund of €49.90 pending')).toBeTruthy();
    expect(pending.view.getByText('· to your original payment method', { exact: false })).toBeTruthy();
    document.body.replaceChildren();
    const issued = await show({
      refund: { amount: { amount: 12.5, currency: 'USD' }, method: 'store_credit', status: 'issued' },
    });
    expect(issued.view.getByText('Refund of $12.50 issued')).toBeTruthy();
    expect(issued.view.getByText(/as store credit/)).toBeTruthy();
    document.body.replaceChildren();
    const failed = await show({
      refund: { amount: { amount: 10, currency: 'JPY' }, method: 'gift_card', status: 'failed' },
    });
    expect(failed.view.getByText('Refund of ¥10 failed').closest('p')?.className).toBe('e');
  });

  it('never calls money an exchange covers a refund "issued"', async () => {
    const { root } = await show({
      refund: { amount: { amount: 129, currency: 'USD' }, method: 'exchange', status: 'issued' },
    });
    const line = [...root.querySelectorAll('[part="return"] p')].find((p) => p.textContent?.includes('$129.00'));
    expect(line?.textContent).toBe('$129.00 · covered by your exchange');
  });

  it('formats money for the viewer’s locale', async () => {
    const { root } = await show({}, 'de');
    // The German catalog is a chunk that loads on its own time; the locale switches once it has.
    await vi.waitFor(() => expect(root.querySelector('[part="return"]')?.textContent).toMatch(/49,90\s€/));
  });

  it('counts the days left to drop the parcel off', async () => {
    const { view } = await show();
    expect(view.getByText(/^Drop off by Thursday, December 5/)).toBeTruthy();
    expect(view.getByText('· 11 days left')).toBeTruthy();
  });

  it('says when today is the last day and when the deadline has passed', async () => {
    const today = await show({ dropOffBy: { kind: 'date', date: '2024-11-24', raw: '2024-11-24' } });
    expect(today.view.getByText('· Last day today')).toBeTruthy();
    document.body.replaceChildren();
    const one = await show({ dropOffBy: { kind: 'date', date: '2024-11-25', raw: '2024-11-25' } });
    expect(one.view.getByText('· 1 day left')).toBeTruthy();
    document.body.replaceChildren();
    const late = await show({ dropOffBy: { kind: 'date', date: '2024-11-20', raw: '2024-11-20' } });
    expect(late.view.getByText('· Deadline passed')).toBeTruthy();
  });

  it('links the label and QR code safely until the parcel is sent, and emits the action', async () => {
    const { view, actions } = await show();
    const label = view.getByRole('link', { name: /Print return label/ });
    expect(label.getAttribute('href')).toBe('https://shop.example/label.pdf');
    expect(label.getAttribute('rel')).toBe('noopener noreferrer');
    expect(view.getByRole('link', { name: /Show drop-off QR code/ }).getAttribute('href')).toBe(
      'https://shop.example/qr.png',
    );
    label.click();
    expect(actions).toContainEqual({ action: 'open_return_label', kind: 'return', id: 'ret_1' });
  });

  it('shows no label, QR code or deadline once the parcel is on its way, nor unsafe links ever', async () => {
    const sent = await show({ stage: 'in_transit' });
    expect(sent.view.queryByRole('link', { name: /label|QR/ })).toBeNull();
    expect(sent.view.queryByText(/Drop off by/)).toBeNull();
    document.body.replaceChildren();
    const unsafe = await show({ labelUrl: 'javascript:alert(1)', qrCodeUrl: 'data:image/png;base64,AAAA' });
    expect(unsafe.view.queryByRole('link', { name: /label|QR/ })).toBeNull();
  });

  it('shows the inbound parcel with its timeline, and the items coming back', async () => {
    const { root, view } = await show({ stage: 'in_transit' });
    const parcel = root.querySelector('[part="shipment"]');
    expect(parcel?.textContent).toContain('Your parcel on its way back');
    expect(parcel?.querySelector('[part="timeline"]')).toBeTruthy();
    expect(view.getByRole('heading', { name: 'Items in this return' })).toBeTruthy();
  });

  it('shows a return without refund, shipment or deadline', async () => {
    const { root } = await show({ stage: 'requested', refund: null, shipment: null, dropOffBy: undefined });
    expect(root.querySelector('[part="shipment"]')).toBeNull();
    expect(root.querySelector('[part="return"] [part="headline"]')?.textContent).toBe('Return requested');
  });
});
