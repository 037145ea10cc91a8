import { createClient } from '@waypost/client';
import { demoSource } from '@waypost/client/server';
import type { WaypostTrackerElement } from '@waypost/widget';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, createApp } from 'vue';
import TrackingPanel from '../TrackingPanel.vue';

const brand = { name: 'Northwind Outfitters' };
const shopper = { order: 'W1002', email: 'shopper@example.com' };

describe('TrackingPanel', () => {
  let app: App | undefined;

  afterEach(() => {
    app?.unmount();
    app = undefined;
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  const mount = (props: Record<string, unknown>) => {
    app = createApp(TrackingPanel, props);
    app.mount(document.body.appendChild(document.createElement('div')));
    return document.querySelector('waypost-tracker') as WaypostTrackerElement;
  };

  it('renders the custom element without a component-resolution warning', () => {
    // The warning Vue prints when the build lacks `isCustomElement` (see vite.config.ts).
    const warn = vi.spyOn(console, 'warn');
    const tracker = mount({ endpoint: 'https://shop.example/apps/waypost', live: false });
    expect(tracker).toBeInstanceOf(customElements.get('waypost-tracker') as CustomElementConstructor);
    expect(warn).not.toHaveBeenCalled();
  });

  it('sets the options as element properties and leaves the light DOM empty', async () => {
    const client = createClient({ source: demoSource() });
    const tracker = mount({ client, brand, live: false, ...shopper });
    expect(tracker.client).toBe(client);
    expect(tracker.brand).toBe(brand);
    expect(tracker.order).toBe('W1002');
    expect(tracker.hasAttribute('client')).toBe(false);
    expect(tracker.hasAttribute('brand')).toBe(false);
    await vi.waitFor(() => expect(tracker.shadowRoot?.textContent).toContain('Order W1002'));
    expect(tracker.shadowRoot?.textContent).toContain(brand.name);
    expect(tracker.childNodes).toHaveLength(0);
  });

  it('re-emits the widget status events as its status event', async () => {
    const onStatus = vi.fn();
    mount({ client: createClient({ source: demoSource() }), live: false, onStatus, ...shopper });
    await vi.waitFor(() => expect(onStatus).toHaveBeenCalledWith(expect.objectContaining({ state: 'ready' })));
  });
});
