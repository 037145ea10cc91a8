import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { sampleShipment } from '../../__tests__/sampleResult.js';
import { ALL_CAPABILITIES, actionOrderResult, NO_CAPABILITIES } from '../../__tests__/sampleReturns.js';
import { openPanel, type } from './openPanel.js';

describe('ReportIssue', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('asks what is wrong first, offering only what fits a delivered parcel', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const form = await openPanel(mounted, 'Report a problem', 'form');
    expect(mounted.root.querySelectorAll('input[type="radio"]')).toHaveLength(5);
    expect(mounted.view.queryByLabelText('It’s running late')).toBeNull();
    form.requestSubmit();
    await flush();
    expect(mounted.view.getByText('Choose what’s wrong.')).toBeTruthy();
  });

  it('marks the choice left out, ties its error to each option and gives the first one focus', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const form = await openPanel(mounted, 'Report a problem', 'form');
    const { root } = mounted;
    const error = (element: Element | null) =>
      root.getElementById(element?.getAttribute('aria-describedby') ?? '')?.textContent;
    form.requestSubmit();
    await flush();
    const first = root.querySelector('input[type="radio"]');
    expect(root.activeElement).toBe(first);
    expect(first?.getAttribute('aria-invalid')).toBe('true');
    expect(error(first)).toBe('Choose what’s wrong.');
    // Asked again from elsewhere, focus comes back though nothing else changed.
    mounted.view.getByRole('button', { name: 'Cancel' }).focus();
    form.requestSubmit();
    await flush();
    expect(root.activeElement).toBe(first);
    mounted.view.getByLabelText('It arrived damaged').click();
    await flush();
    expect(first?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('sends an API report and confirms with the reference number', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const report = vi.fn(async () => ({
      reference: 'WP-4821',
      createdAt: { kind: 'date' as const, date: '2024-11-24', raw: '2024-11-24' },
    }));
    mounted.client.reportIssue = report;
    const form = await openPanel(mounted, 'Report a problem', 'form');
    mounted.view.getByLabelText('It arrived damaged').click();
    await flush();
    await type(mounted.view.getByLabelText('Tell us more (optional)'), ' Box crushed ');
    form.requestSubmit();
    await vi.waitFor(() => expect(mounted.view.getByText('Your reference: WP-4821')).toBeTruthy());
    expect(report).toHaveBeenCalledWith({ kind: 'order', id: 'ord_1', type: 'damaged', message: 'Box crushed' });
    expect(mounted.actions).toContainEqual({
      action: 'report_issue',
      issueType: 'damaged',
      routing: 'api',
      reference: 'WP-4821',
      kind: 'order',
      id: 'ord_1',
    });
  });

  it('links to the retailer’s page with the order number and type only', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: NO_CAPABILITIES,
      email: 'shopper@example.com',
      issueRouting: { wrong_item: { url: 'https://shop.example/help?lang=en' } },
    });
    await openPanel(mounted, 'Report a problem', 'form');
    mounted.view.getByLabelText('I got the wrong item').click();
    await flush();
    const link = mounted.view.getByRole('link', { name: /Continue on our help page/ });
    expect(link.getAttribute('href')).toBe('https://shop.example/help?lang=en&order=W1001&issue=wrong_item');
    link.click();
    expect(mounted.actions).toContainEqual({
      action: 'report_issue',
      issueType: 'wrong_item',
      routing: 'url',
      kind: 'order',
      id: 'ord_1',
    });
    // Unrouted types go to the support page, the fallback without the API.
    mounted.view.getByLabelText('Something else').click();
    await flush();
    expect(mounted.view.getByRole('link', { name: /Continue on our help page/ }).getAttribute('href')).toBe(
      'https://shop.example/support?order=W1001&issue=other',
    );
  });

  it('hands the report to the host’s callback and shows the reference it returns', async () => {
    const callback = vi.fn(async () => ({ reference: 'CHAT-77' }));
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: ALL_CAPABILITIES,
      issueRouting: { default: { callback } },
    });
    const form = await openPanel(mounted, 'Report a problem', 'form');
    mounted.view.getByLabelText('An item is missing').click();
    await flush();
    form.requestSubmit();
    await vi.waitFor(() => expect(mounted.view.getByText('Your reference: CHAT-77')).toBeTruthy());
    expect(callback).toHaveBeenCalledWith({
      type: 'missing_item',
      kind: 'order',
      id: 'ord_1',
      orderNumber: 'W1001',
      message: undefined,
    });
    expect(mounted.actions.at(-1)).toEqual({
      action: 'report_issue',
      issueType: 'missing_item',
      routing: 'callback',
      reference: 'CHAT-77',
      kind: 'order',
      id: 'ord_1',
    });
  });

  it('asks which parcel on a multi-parcel order, offers the types that fit it and reports that shipment', async () => {
    const delivered = sampleShipment({ id: 'shp_1', status: { ...sampleShipment().status, milestone: 'delivered' } });
    const moving = sampleShipment({ id: 'shp_2', trackingNumber: '1ZMOVING0002' });
    const result = actionOrderResult();
    if (result.kind === 'order') result.order.shipments = [delivered, moving];
    const mounted = await mountRecord(result, { capabilities: ALL_CAPABILITIES });
    const report = vi.fn(async () => ({
      reference: 'WP-1234',
      createdAt: { kind: 'date' as const, date: '2024-11-24', raw: '2024-11-24' },
    }));
    mounted.client.reportIssue = report;
    const form = await openPanel(mounted, 'Report a problem', 'form');
    form.requestSubmit();
    await flush();
    expect(mounted.view.getByText('Choose a parcel.')).toBeTruthy();
    mounted.view.getByLabelText('Shipment 2 of 2 · In transit · 1ZMOVING0002').click();
    await flush();
    expect(mounted.view.queryByLabelText('It arrived damaged')).toBeNull();
    mounted.view.getByLabelText('It’s running late').click();
    await flush();
    form.requestSubmit();
    await vi.waitFor(() => expect(mounted.view.getByText('Your reference: WP-1234')).toBeTruthy());
    expect(report).toHaveBeenCalledWith({ kind: 'shipment', id: 'shp_2', type: 'late' });
  });

  it('names a parcel with a problem as its card does: "Needs your attention", not its milestone', async () => {
    const stuck = sampleShipment({
      id: 'shp_3',
      trackingNumber: '776218344522',
      status: { ...sampleShipment().status, milestone: 'in_transit', exception: 'exception', actionRequired: true },
    });
    const late = sampleShipment({
      id: 'shp_4',
      trackingNumber: '1ZLATE0004',
      status: { ...sampleShipment().status, milestone: 'in_transit', exception: 'delayed' },
    });
    const result = actionOrderResult();
    if (result.kind === 'order') result.order.shipments = [stuck, late];
    const mounted = await mountRecord(result, { capabilities: ALL_CAPABILITIES });
    // The order's own bar, after the problem parcel's: it asks which parcel.
    const buttons = await vi.waitFor(() => mounted.view.getAllByRole('button', { name: 'Report a problem' }));
    buttons.at(-1)?.click();
    await vi.waitFor(() => mounted.view.getByText('Which parcel?'));
    expect(mounted.view.getByLabelText('Shipment 1 of 2 · Needs your attention · 776218344522')).toBeTruthy();
    expect(mounted.view.getByLabelText('Shipment 2 of 2 · In transit · 1ZLATE0004')).toBeTruthy();
  });
});
