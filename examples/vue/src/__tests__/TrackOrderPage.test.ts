import { createClient } from '@waypost/client';
import { demoSource } from '@waypost/client/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, createApp, nextTick } from 'vue';
import TrackOrderPage from '../TrackOrderPage.vue';

describe('TrackOrderPage', () => {
  let app: App | undefined;

  afterEach(() => {
    app?.unmount();
    app = undefined;
    document.body.replaceChildren();
  });

  const render = () => {
    const container = document.body.appendChild(document.createElement('div'));
    app = createApp(TrackOrderPage, { client: createClient({ source: demoSource() }) });
    app.mount(container);
    return container;
  };

  it('shows the first order and reports the widget state in Vue state', async () => {
    const page = render();
    const host = page.querySelector('main > div') as HTMLElement;
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'));
    expect(host.shadowRoot?.textContent).toContain('Northwind Outfitters');
    await vi.waitFor(() => expect(page.querySelector('output')?.textContent).toBe('ready'));
  });

  it('looks up the order chosen in the select without remounting the widget', async () => {
    const page = render();
    const host = page.querySelector('main > div') as HTMLElement;
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'));
    const select = page.querySelector('select') as HTMLSelectElement;
    select.value = 'W1002';
    select.dispatchEvent(new Event('change'));
    await nextTick();
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    expect(page.querySelector('main > div')).toBe(host);
  });
});
