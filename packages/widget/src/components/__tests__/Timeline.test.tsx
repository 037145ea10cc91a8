import { within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleEvents, sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';

async function timeline(count: number, timelineLimit?: number, events = sampleEvents(count)) {
  const shipment = sampleShipment({ events });
  const mounted = mountForTest({
    client: createTestClient(() => sampleOrderResult([shipment])),
    token: 't',
    ...(timelineLimit ? { timelineLimit } : {}),
  });
  await flush();
  return mounted;
}

/** The carrier's text of each shown event (the detail under the milestone wording). */
const descriptions = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="event-detail"]')].map((node) => node.textContent);

describe('Timeline', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists events newest first, collapsed to the latest three', async () => {
    const { root } = await timeline(7);
    expect(descriptions(root)).toEqual(['Scan 7', 'Scan 6', 'Scan 5']);
  });

  it('expands with "Show all N updates" and collapses again', async () => {
    const { root, host } = await timeline(7);
    const onAction = vi.fn();
    host.addEventListener('waypost:action', (event) => onAction((event as CustomEvent).detail));
    const button = within(root.querySelector('.w') as HTMLElement).getByRole('button', { name: 'Show all 7 updates' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await flush(1);
    expect(descriptions(root)).toHaveLength(7);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Show fewer updates');
    expect(onAction).toHaveBeenCalledWith({ action: 'show_all_events', shipmentId: 'shp_1' });
  });

  it('renders a long expanded history in chunks across tasks, newest first, busy until complete', async () => {
    const { root } = await timeline(60);
    const button = within(root.querySelector('.w') as HTMLElement).getByRole('button', { name: 'Show all 60 updates' });
    button.click();
    await flush(1);
    const list = root.querySelector('[part="timeline"]') as HTMLElement;
    expect(descriptions(root)).toHaveLength(25);
    expect(list.getAttribute('aria-busy')).toBe('true');
    await flush(10);
    expect(descriptions(root)).toEqual(Array.from({ length: 60 }, (_, index) => `Scan ${60 - index}`));
    expect(list.hasAttribute('aria-busy')).toBe(false);
    button.click();
    await flush(1);
    expect(descriptions(root)).toEqual(['Scan 60', 'Scan 59', 'Scan 58']);
  });

  it('has no button when every event fits', async () => {
    const { root } = await timeline(3);
    expect(root.querySelector('[part="timeline"] + button')).toBeNull();
  });

  it('honours timelineLimit', async () => {
    const { root } = await timeline(4, 1);
    expect(descriptions(root)).toEqual(['Scan 4']);
  });

  it('shows wall-clock scan times as written, with the place', async () => {
    const { root } = await timeline(1);
    expect(root.querySelector('[part="event"] > p:last-child')?.textContent).toBe(
      'Nov 20, 2024, 12:15 AM · Memphis, TN, US',
    );
  });

  it("shows the carrier's free-text place when no city could be read from it", async () => {
    const [event] = sampleEvents(1);
    const { root } = await timeline(2, undefined, [
      { ...event!, location: { country: 'US', text: 'LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER' } },
      { ...event!, location: { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901', text: 'ignored' } },
    ]);
    const places = [...root.querySelectorAll('[part="event"] > p:last-child')].map((node) => node.textContent);
    expect(places).toEqual([
      'Nov 20, 2024, 12:15 AM · SAN RAFAEL, CA',
      'Nov 20, 2024, 12:15 AM · LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER',
    ]);
  });

  it("leads with the status's wording and keeps the carrier's own text as the detail", async () => {
    const { root } = await timeline(1);
    const event = root.querySelector('[part="event"]');
    expect(event?.firstElementChild?.textContent).toBe('In transit');
    expect(event?.querySelector('[part="event-detail"]')?.textContent).toBe('Scan 1');
  });

  it("words an exception event as the exception, with the carrier's text beneath", async () => {
    const [event] = sampleEvents(1);
    const { root } = await timeline(1, undefined, [
      { ...event!, milestone: undefined, exception: 'attempt_failed', description: 'Customer not available' },
    ]);
    expect(root.querySelector('[part="event"] > p')?.textContent).toBe('The carrier tried to deliver but couldn’t.');
    expect(descriptions(root)).toEqual(['Customer not available']);
  });

  it("shows the carrier's text alone when the status is unknown or already says the same", async () => {
    const [event] = sampleEvents(1);
    const { root } = await timeline(2, undefined, [
      { ...event!, milestone: undefined, description: 'Departed FedEx location' },
      { ...event!, milestone: 'delivered', description: 'DELIVERED' },
    ]);
    const lines = [...root.querySelectorAll('[part="event"] > p:first-child')].map((node) => node.textContent);
    expect(lines).toEqual(['Delivered', 'Departed FedEx location']);
    expect(descriptions(root)).toEqual([]);
  });
});
