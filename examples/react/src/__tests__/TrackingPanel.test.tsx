import { createClient } from '@waypost/client';
import { demoSource } from '@waypost/client/server';
import type { WaypostTrackerElement } from '@waypost/widget';
import { act } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrackingPanel } from '../TrackingPanel.js';

// Tells React that these tests wrap updates in act().
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const brand = { name: 'Northwind Outfitters' };
const shopper = { order: 'W1002', email: 'shopper@example.com' };

describe('TrackingPanel', () => {
  let root: Root | undefined;

  afterEach(async () => {
    await act(async () => root?.unmount());
    root = undefined;
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  const getTracker = () => document.querySelector('waypost-tracker') as WaypostTrackerElement;
  const createContainer = () => document.body.appendChild(document.createElement('div'));

  it('server-renders an empty element: string props as attributes, objects left to the client', () => {
    const html = renderToString(<TrackingPanel endpoint="/apps/waypost" brand={brand} theme="dark" live={false} />);
    expect(html).toBe('<waypost-tracker endpoint="/apps/waypost" theme="dark"></waypost-tracker>');
  });

  it('sets the options as element properties on a client render', async () => {
    const client = createClient({ source: demoSource() });
    const container = createContainer();
    await act(async () => {
      root = createRoot(container);
      root.render(<TrackingPanel client={client} brand={brand} live={false} {...shopper} />);
    });
    const tracker = getTracker();
    expect(tracker.client).toBe(client);
    expect(tracker.brand).toBe(brand);
    expect(tracker.hasAttribute('brand')).toBe(false);
    await vi.waitFor(() => expect(tracker.shadowRoot?.textContent).toContain('Order W1002'));
    expect(tracker.shadowRoot?.textContent).toContain(brand.name);
    expect(tracker.childNodes).toHaveLength(0);
  });

  it('hydrates the server HTML without a mismatch, then the properties reach the element', async () => {
    const client = createClient({ source: demoSource() });
    const app = <TrackingPanel client={client} brand={brand} live={false} {...shopper} />;
    const container = createContainer();
    const page = new DOMParser().parseFromString(renderToString(app), 'text/html');
    container.append(...page.body.childNodes);
    const tracker = getTracker();
    expect(tracker.getAttribute('order')).toBe('W1002');

    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, app, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(getTracker()).toBe(tracker);
    expect(tracker.client).toBe(client);
    await vi.waitFor(() => expect(tracker.shadowRoot?.textContent).toContain('Order W1002'));
    expect(tracker.childNodes).toHaveLength(0);
  });

  it('passes the widget status events to onStatus', async () => {
    const client = createClient({ source: demoSource() });
    const onStatus = vi.fn();
    await act(async () => {
      root = createRoot(createContainer());
      root.render(<TrackingPanel client={client} live={false} onStatus={onStatus} {...shopper} />);
    });
    await vi.waitFor(() => expect(onStatus).toHaveBeenCalledWith(expect.objectContaining({ state: 'ready' })));
  });
});
