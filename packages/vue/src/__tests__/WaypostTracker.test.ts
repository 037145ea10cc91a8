// @vitest-environment jsdom
import { createClient } from '@waypost/client';
import { demoSource } from '@waypost/client/server';
import type { StatusDetail } from '@waypost/widget';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, type Component, createApp, createSSRApp, h, nextTick, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { WaypostTracker } from '../WaypostTracker.js';
import type { WaypostTrackerExposed } from '../WaypostTrackerExposed.js';

const shopper = { order: 'W1002', email: 'shopper@example.com' };

describe('WaypostTracker', () => {
  let app: App | undefined;

  afterEach(() => {
    app?.unmount();
    app = undefined;
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  const render = (root: Component) => {
    const container = document.body.appendChild(document.createElement('div'));
    app = createApp(root);
    app.mount(container);
    return container.firstElementChild as HTMLElement;
  };

  it('mounts the widget into its container and shows the order', async () => {
    const client = createClient({ source: demoSource() });
    const host = render({
      render: () => h(WaypostTracker, { id: 'tracking', class: 'panel', client, live: false, ...shopper }),
    });
    expect(host.id).toBe('tracking');
    expect(host.className).toBe('panel');
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    expect(host.childNodes).toHaveLength(0);
  });

  it('hands changed props to the mounted widget instead of remounting it', async () => {
    const client = createClient({ source: demoSource() });
    const order = ref('W1002');
    const host = render({ render: () => h(WaypostTracker, { client, live: false, ...shopper, order: order.value }) });
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    const shadow = host.shadowRoot;
    order.value = 'W1001';
    await nextTick();
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'));
    expect(host.shadowRoot).toBe(shadow);
  });

  it('emits each widget event with its detail', async () => {
    const client = createClient({ source: demoSource() });
    const onStatus = vi.fn<(detail: StatusDetail) => void>();
    const onLookup = vi.fn();
    render({ render: () => h(WaypostTracker, { client, live: false, onStatus, onLookup, ...shopper }) });
    await vi.waitFor(() => expect(onStatus).toHaveBeenCalledWith(expect.objectContaining({ state: 'ready' })));
    expect(onLookup).toHaveBeenCalledWith({ method: 'order_email', kind: 'order', id: expect.any(String) });
  });

  it('destroys the widget when it unmounts', async () => {
    const client = createClient({ source: demoSource() });
    const host = render({ render: () => h(WaypostTracker, { client, live: false, ...shopper }) });
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    app?.unmount();
    app = undefined;
    expect(host.shadowRoot?.childNodes).toHaveLength(0);
  });

  it('exposes refresh, setTheme and setLocale through a template ref', async () => {
    const client = createClient({ source: demoSource() });
    const tracker = ref<WaypostTrackerExposed | null>(null);
    const host = render({ render: () => h(WaypostTracker, { ref: tracker, client, live: false, ...shopper }) });
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    tracker.value?.setLocale('es');
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Pedido W1002'));
    await expect(tracker.value?.refresh()).resolves.toBeUndefined();
  });

  it('hydrates its server HTML without a mismatch, then mounts the widget', async () => {
    const client = createClient({ source: demoSource() });
    const root = { render: () => h(WaypostTracker, { id: 'tracking', client, live: false, ...shopper }) };
    const html = await renderToString(createSSRApp(root));
    const container = document.body.appendChild(document.createElement('div'));
    container.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    const host = container.firstElementChild as HTMLElement;
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    app = createSSRApp(root);
    app.mount(container);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(container.firstElementChild).toBe(host);
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
  });
});
