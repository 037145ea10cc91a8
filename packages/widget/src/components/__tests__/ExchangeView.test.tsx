import type { Exchange } from '@waypost/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { recordResult, sampleExchange } from '../../__tests__/sampleReturns.js';

const show = (patch: Partial<Exchange> = {}) => mountRecord(recordResult(sampleExchange(patch), 'exchange'));
const headline = (root: ShadowRoot) => root.querySelector('[part="exchange"] [part="headline"]')?.textContent;

describe('ExchangeView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-24T12:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('says in one headline where the exchange is, with one overall stepper', async () => {
    const { root, view } = await show();
    expect(view.getByRole('heading', { level: 2, name: 'Exchange' })).toBeTruthy();
    expect(headline(root)).toBe('Your replacement is on its way');
    const stepper = root.querySelector('[part="exchange"] ol[part="stepper"]');
    expect(stepper?.getAttribute('aria-label')).toBe('Exchange progress');
    expect(stepper?.querySelector('[aria-current="step"]')?.textContent).toBe('Replacement shipped, Current step');
  });

  it.each([
    ['requested', 'Exchange requested'],
    ['return_in_transit', 'Your return is on its way back'],
    ['return_received', 'We have your return: your replacement is next'],
    ['replacement_processing', 'Preparing your replacement'],
    ['replacement_delivered', 'Your replacement has arrived'],
  ] as const)('reads %s as "%s"', async (stage, text) => {
    const { root } = await show({ stage });
    expect(headline(root)).toBe(text);
  });

  it('shows both legs: the return coming back and the replacement going out', async () => {
    const { root, view } = await show();
    const back = root.querySelector('[part="return"]') as HTMLElement;
    const out = root.querySelector('[part="replacement"]') as HTMLElement;
    expect(back.querySelector('h3')?.textContent).toBe('What you’re sending back');
    expect(back.textContent).toContain('Return RMA-58213 · Return received');
    expect(back.querySelector('[part="shipment"]')).toBeTruthy();
    expect(out.querySelector('h3')?.textContent).toBe('Your replacement');
    expect(out.querySelector('[part="shipment"]')?.textContent).toContain('1ZREPLACEMENT0001');
    expect(view.getByText(/Blue \/ 43/)).toBeTruthy();
  });

  it('lists the replacement items until the replacement ships', async () => {
    const exchange = sampleExchange({ stage: 'return_received' });
    exchange.replacement.shipment = null;
    const { root } = await mountRecord(recordResult(exchange, 'exchange'));
    const out = root.querySelector('[part="replacement"]') as HTMLElement;
    expect(out.textContent).toContain('It ships once we receive your return.');
    expect(out.querySelector('[part="item"]')?.textContent).toContain('Trail Runner');
  });

  it('shows a cancelled or rejected exchange as an end state with its reason', async () => {
    const { root, view } = await show({ stage: 'rejected', stageReason: 'Item was worn' });
    expect(headline(root)).toBe('Exchange rejected');
    expect(root.querySelector('[part="exchange"] [aria-current="step"]')?.textContent).toBe(
      'Exchange rejected, Current step',
    );
    expect(view.getByText('Reason: Item was worn')).toBeTruthy();
  });
});
