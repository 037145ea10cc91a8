import { createClient } from '@waypost/client';
import { demoSource } from '@waypost/client/server';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrackOrderPage } from '../TrackOrderPage.js';

// Tells React that these tests wrap updates in act().
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe('TrackOrderPage', () => {
  let root: Root | undefined;

  afterEach(async () => {
    await act(async () => root?.unmount());
    root = undefined;
    document.body.replaceChildren();
  });

  const render = async () => {
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      root = createRoot(container);
      root.render(<TrackOrderPage client={createClient({ source: demoSource() })} />);
    });
    return container;
  };

  it('shows the first order and reports the widget state in React state', async () => {
    const page = await render();
    const host = page.querySelector('main > div') as HTMLElement;
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'));
    expect(host.shadowRoot?.textContent).toContain('Northwind Outfitters');
    await vi.waitFor(() => expect(page.querySelector('output')?.textContent).toBe('ready'));
  });

  it('looks up the order chosen in the select without remounting the widget', async () => {
    const page = await render();
    const host = page.querySelector('main > div') as HTMLElement;
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'));
    const select = page.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      select.value = 'W1002';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1002'));
    expect(page.querySelector('main > div')).toBe(host);
  });
});
