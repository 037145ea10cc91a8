import { within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';

async function order(result = sampleOrderResult()) {
  const mounted = mountForTest({ client: createTestClient(() => result), token: 't', timeZone: 'UTC', locale: 'en' });
  await flush();
  return { ...mounted, view: within(mounted.root.querySelector('.w') as HTMLElement) };
}

describe('OrderView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-24T12:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('shows the summary, the headline and the estimate with why it moved', async () => {
    const { view, root } = await order();
    expect(view.getByText(/^Placed Nov 20, 2024/)).toBeTruthy();
    expect(view.getByRole('heading', { level: 3, name: 'Arriving Wednesday, November 27' })).toBeTruthy();
    expect(view.getByText('Wednesday, November 27')).toBeTruthy();
    expect(root.querySelector('details summary')?.textContent).toBe('Why the date changed (1 change)');
    expect(root.querySelector('details li')?.textContent).toBe(
      // The source's words are bidi-isolated (U+2068 … U+2069), so a right-to-left page keeps them in their order.
      'Was Monday, November 25, now Wednesday, November 27 — \u2068Weather delay in Memphis\u2069 (noticed Nov 23, 2024)',
    );
  });

  it('links to the carrier safely and never renders unsafe URLs', async () => {
    const { root, view } = await order();
    const link = view.getByRole('link', { name: /Track on the UPS website/ });
    expect(link.getAttribute('href')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('a[href^="javascript"], img[src^="javascript"]')).toBeNull();
    expect(view.queryByRole('link', { name: /Start a return/ })).toBeNull();
  });

  it('shows line items with checked images and alt text', async () => {
    const { root, view } = await order();
    const images = root.querySelectorAll('[part="item"] img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('alt')).toBe('Trail Runner');
    expect(view.getByText('Blue / 42 · Qty 1 · $89.00')).toBeTruthy();
    expect(view.getByText('Socks')).toBeTruthy();
  });

  it('copies the tracking number and says so, or says how to copy by hand', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root, view, host } = await order();
    const onAction = vi.fn();
    host.addEventListener('waypost:action', (event) => onAction((event as CustomEvent).detail));
    view.getByRole('button', { name: 'Copy tracking number 1Z999AA10123456784' }).click();
    await flush();
    expect(writeText).toHaveBeenCalledWith('1Z999AA10123456784');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Tracking number copied');
    expect(onAction).toHaveBeenCalledWith({ action: 'copy_tracking_number', shipmentId: 'shp_1' });
    writeText.mockRejectedValue(new Error('denied'));
    view.getByRole('button', { name: 'Copy tracking number 1Z999AA10123456784' }).click();
    await flush();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Couldn’t copy. Select the number to copy it.');
  });

  it('renders a large order’s parcels one task at a time, in order', async () => {
    const shipments = Array.from({ length: 6 }, (_, index) =>
      sampleShipment({ id: `shp_${index + 1}`, trackingNumber: `1Z${index + 1}` }),
    );
    const { root, view } = await order(sampleOrderResult(shipments));
    await flush(6);
    const labels = [...root.querySelectorAll('[part="shipment"]')].map(
      (card) => card.textContent?.match(/Shipment \d of 6/)?.[0],
    );
    expect(labels).toEqual(Array.from({ length: 6 }, (_, index) => `Shipment ${index + 1} of 6`));
    expect(view.getByRole('heading', { level: 2 })).toBeTruthy();
  });

  it('heads items as shipped in several parcels only where another parcel lists the very same ones', async () => {
    const first = sampleShipment();
    const second = sampleShipment({ id: 'shp_2', trackingNumber: '1Z999AA10123456785', itemIds: ['li_2'] });
    const headings = (root: ShadowRoot) =>
      [...root.querySelectorAll('[part="shipment"] [part="items"]')].map(
        (list) => list.parentElement?.querySelector('h4')?.textContent,
      );
    expect(headings((await order(sampleOrderResult([first, second]))).root)).toEqual(['Items', 'Items']);
    document.body.replaceChildren();
    const box = sampleShipment({ id: 'shp_3', trackingNumber: '1Z999AA10123456786' });
    expect(headings((await order(sampleOrderResult([first, box]))).root)).toEqual([
      'Items, shipped in several parcels',
      'Items, shipped in several parcels',
    ]);
  });

  it('gives every shipment its own section and an exception banner with the next action', async () => {
    const base = sampleShipment();
    const problem = sampleShipment({
      id: 'shp_2',
      status: { ...base.status, exception: 'exception', actionRequired: true },
    });
    const { root, view } = await order(sampleOrderResult([base, problem]));
    expect(root.querySelectorAll('[part="shipment"]')).toHaveLength(2);
    expect(view.getByText('Shipment 2 of 2')).toBeTruthy();
    const banner = root.querySelector('[part="banner"]') as HTMLElement;
    expect(banner.textContent).toContain('Action needed: There’s a problem with this delivery.');
    expect(banner.textContent).toContain('Contact the carrier or our support team to sort it out.');
    expect(
      within(banner)
        .getByRole('link', { name: /Contact support/ })
        .getAttribute('href'),
    ).toBe('https://shop.example/support');
  });

  it('shows where to pick a parcel up', async () => {
    const base = sampleShipment();
    const pickup = sampleShipment({
      status: { ...base.status, exception: 'available_for_pickup' },
      pickupPoint: { name: 'Corner Store', address: '1 Main St' },
    });
    const { view } = await order(sampleOrderResult([pickup]));
    expect(view.getByRole('heading', { name: 'Ready for pickup' })).toBeTruthy();
    expect(view.getByText(/Pick up at Corner Store/)).toBeTruthy();
  });

  it('renders a tracking-number lookup as the parcel alone', async () => {
    const { view } = await order({
      kind: 'shipment',
      shipment: sampleShipment(),
      access: { token: 't', expiresAt: '2030-01-01T00:00:00Z' },
    });
    expect(view.getByRole('heading', { level: 2, name: 'Shipment 1Z999AA10123456784' })).toBeTruthy();
  });

  it('shows a return summary card when the order has a return', async () => {
    const result = sampleOrderResult();
    if (result.kind === 'order') {
      result.order.returns = [
        {
          id: 'ret_1',
          rma: 'RMA-7',
          stage: 'in_transit',
          items: [],
          shipment: null,
          refund: { amount: { amount: 49.9, currency: 'USD' }, method: 'original_payment', status: 'pending' },
          createdAt: { kind: 'date', date: '2024-11-22', raw: '2024-11-22' },
        },
      ];
    }
    const { root } = await order(result);
    expect(root.querySelector('[part="return"]')?.textContent).toBe(
      'Return RMA-7On its way backUpdated Nov 22, 2024 · Refund of $49.90 pendingView return RMA-7',
    );
  });
});
