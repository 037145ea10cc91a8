// @vitest-environment jsdom
/** @jsxImportSource react */
import { createClient } from '@waypost/client';
import { demoSource } from '@waypost/client/server';
import type { StatusDetail } from '@waypost/widget';
import { act, createRef, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WaypostTracker } from '../WaypostTracker.js';
import type { WaypostTrackerRef } from '../WaypostTrackerRef.js';

// Tells React that these tests wrap updates in act().
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const shopper = { order: 'W1002', email: 'shopper@example.com' };

describe('WaypostTracker', () => {
  let root: Root | undefined;

  afterEach(async () => {
    await act(async () => root?.unmount());
    root = undefined;
    document.body.replaceChildren();
  });

  const render = async (element: React.ReactNode) => {
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      root ??= createRoot(container);
      root.render(element);
    });
    return container.firstElementChild as HTMLElement;
  };

  it('mounts the widget into its container and shows the order', async () => {
    const client = createClient({ source: demoSource() });
    const host = await render(
      <WaypostTracker id="tracking" className="panel" client={client} live={false} {...shopper} />,
    );
    expect(host.id).toBe('tracking');
    expect(host.className).toBe('panel');
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    expect(host.childNodes).toHaveLength(0);
  });

  it('hands changed props to the mounted widget instead of remounting it', async () => {
    const client = createClient({ source: demoSource() });
    const host = await render(<WaypostTracker client={client} live={false} {...shopper} />);
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    const shadow = host.shadowRoot;
    await render(<WaypostTracker client={client} live={false} {...shopper} order="W1001" />);
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'));
    expect(host.shadowRoot).toBe(shadow);
  });

  it('calls each event callback with the detail, always the latest function passed', async () => {
    const client = createClient({ source: demoSource() });
    const first = vi.fn<(detail: StatusDetail) => void>();
    const second = vi.fn<(detail: StatusDetail) => void>();
    const onLookup = vi.fn();
    await render(<WaypostTracker client={client} live={false} onStatus={first} onLookup={onLookup} {...shopper} />);
    await vi.waitFor(() => expect(first).toHaveBeenCalledWith(expect.objectContaining({ state: 'ready' })));
    expect(onLookup).toHaveBeenCalledWith({ method: 'order_email', kind: 'order', id: expect.any(String) });
    const calls = first.mock.calls.length;
    await render(<WaypostTracker client={client} live={false} onStatus={second} {...shopper} order="W1001" />);
    await vi.waitFor(() => expect(second).toHaveBeenCalledWith(expect.objectContaining({ state: 'ready' })));
    expect(first).toHaveBeenCalledTimes(calls);
  });

  it('destroys the widget when it unmounts', async () => {
    const client = createClient({ source: demoSource() });
    const onStatus = vi.fn();
    const host = await render(<WaypostTracker client={client} live={false} onStatus={onStatus} {...shopper} />);
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    await act(async () => root?.unmount());
    root = undefined;
    expect(host.shadowRoot?.childNodes).toHaveLength(0);
  });

  it('exposes refresh, setTheme and setLocale through its ref', async () => {
    const client = createClient({ source: demoSource() });
    const ref = createRef<WaypostTrackerRef>();
    const host = await render(<WaypostTracker ref={ref} client={client} live={false} {...shopper} />);
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    await act(async () => ref.current?.setLocale('es'));
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Pedido W1002'));
    await expect(ref.current?.refresh()).resolves.toBeUndefined();
  });

  it('survives the second mount of StrictMode and still cleans up the live widget on unmount', async () => {
    const client = createClient({ source: demoSource() });
    const host = await render(
      <StrictMode>
        <WaypostTracker client={client} live={false} {...shopper} />
      </StrictMode>,
    );
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    await act(async () => root?.unmount());
    root = undefined;
    expect(host.shadowRoot?.childNodes).toHaveLength(0);
  });

  it('hydrates its server HTML without a mismatch, then mounts the widget', async () => {
    const client = createClient({ source: demoSource() });
    const app = <WaypostTracker id="tracking" client={client} live={false} {...shopper} />;
    const container = document.body.appendChild(document.createElement('div'));
    container.append(...new DOMParser().parseFromString(renderToString(app), 'text/html').body.childNodes);
    const host = container.firstElementChild as HTMLElement;
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, app, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.firstElementChild).toBe(host);
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    consoleError.mockRestore();
  });
});
