import type { Capabilities } from '@waypost/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { mountRecord } from '../../__tests__/mountRecord.js';
import {
  ALL_CAPABILITIES,
  actionOrderResult,
  NO_CAPABILITIES,
  recordResult,
  sampleReturn,
} from '../../__tests__/sampleReturns.js';
import { loadLazy } from '../../lazy/loadLazy.js';

const load = vi.hoisted(() => ({ fail: 0 }));
vi.mock('../../lazy/importLazy.js', async (original) => {
  const actual = await original<typeof import('../../lazy/importLazy.js')>();
  return {
    importLazy: (name: Parameters<typeof actual.importLazy>[0], base: string) => {
      if (name === 'features' && load.fail > 0) {
        load.fail -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return actual.importLazy(name, base);
    },
  };
});

const names = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="actions"] button, [part="actions"] a')].map((node) => node.textContent);

describe('ActionBar', () => {
  afterEach(() => {
    document.body.replaceChildren();
    load.fail = 0;
  });

  it('offers only what the capabilities include', async () => {
    const all = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    await vi.waitFor(() => expect(names(all.root)).toContain('Start a return'));
    expect(names(all.root)).toEqual([
      'Start a return',
      'Get delivery alerts',
      'Report a problem',
      'Questions and answers',
    ]);
    document.body.replaceChildren();
    const record = await mountRecord(recordResult(sampleReturn(), 'return'), { capabilities: ALL_CAPABILITIES });
    await vi.waitFor(() => expect(names(record.root)).toContain('Get delivery alerts'));
    expect(names(record.root)).toEqual(['Get delivery alerts', 'Report a problem', 'Questions and answers']);
  });

  it('offers no delivery alerts for an order with nothing left to happen: every item shipped and delivered', async () => {
    const shipped = actionOrderResult();
    if (shipped.kind === 'order') shipped.order.items = shipped.order.items.slice(0, 1);
    const { root } = await mountRecord(shipped, { capabilities: ALL_CAPABILITIES });
    await vi.waitFor(() => expect(names(root)).toContain('Start a return'));
    expect(names(root)).toEqual(['Start a return', 'Report a problem', 'Questions and answers']);
  });

  it('names the alerts entry by its channel when this browser turned alerts on for the record', async () => {
    localStorage.setItem('waypost:alerts:order:ord_1', 'sms');
    try {
      const { root } = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
      await vi.waitFor(() => expect(names(root)).toContain('Start a return'));
      expect(names(root)).toEqual([
        'Start a return',
        'Alerts on · text message',
        'Report a problem',
        'Questions and answers',
      ]);
    } finally {
      localStorage.clear();
    }
  });

  it('falls back to the returns portal with the order number only, when returns are not served here', async () => {
    const { view, root, actions } = await mountRecord(actionOrderResult(), {
      capabilities: NO_CAPABILITIES,
      email: 'shopper@example.com',
    });
    const portal = await vi.waitFor(() => view.getByRole('link', { name: /Start a return/ }));
    expect(portal.getAttribute('href')).toBe('https://shop.example/returns?order=W1001');
    expect(root.innerHTML).not.toContain('shopper%40example.com');
    portal.click();
    expect(actions).toContainEqual({ action: 'open_returns_portal', kind: 'order', id: 'ord_1' });
    // The support link still routes problem reports when the API does not take them.
    expect(names(root)).toContain('Report a problem');
  });

  it('uses the portal link too when the capabilities cannot be read', async () => {
    const { view } = await mountRecord(actionOrderResult(), { capabilities: null });
    await vi.waitFor(() => expect(view.getByRole('link', { name: /Start a return/ })).toBeTruthy());
    expect(view.queryByRole('button', { name: 'Get delivery alerts' })).toBeNull();
  });

  it("shows no entry until the capabilities are known, so none moves under the shopper's finger", async () => {
    const client = createTestClient(() => actionOrderResult());
    let release: (capabilities: Capabilities) => void = () => {};
    client.loadCapabilities = () => new Promise((resolve) => (release = resolve));
    const { root } = mountForTest({ client, token: 't', locale: 'en', timeZone: 'UTC' });
    await loadLazy('actions', new URL('./', document.baseURI).href);
    await vi.waitFor(() => expect(root.textContent).toContain('W1001'), { timeout: 10_000 });
    await flush();
    expect(root.querySelector('[part="actions"]')).toBeNull();
    release(ALL_CAPABILITIES);
    await vi.waitFor(() => expect(names(root)).toHaveLength(4), { timeout: 10_000 });
    expect(names(root)[1]).toBe('Get delivery alerts');
  });

  it('hides the questions when faqs is false', async () => {
    const { root } = await mountRecord(actionOrderResult(), { capabilities: NO_CAPABILITIES, faqs: false });
    expect(names(root)).not.toContain('Questions and answers');
  });

  it('toggles a panel with aria-expanded, loading the feature module on first use', async () => {
    const { view, root, actions } = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const button = view.getByRole('button', { name: 'Questions and answers' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await flush();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent).toContain('Loading…');
    await vi.waitFor(() => expect(root.querySelector('details')).toBeTruthy());
    expect(actions).toContainEqual({ action: 'open_panel', panel: 'faq', kind: 'order', id: 'ord_1' });
    button.click();
    await flush();
    expect(root.querySelector('details')).toBeNull();
  });

  it('gives focus back to the toggle when its panel closes with Cancel or Escape', async () => {
    const { view, root } = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const toggle = view.getByRole('button', { name: 'Report a problem' });
    toggle.click();
    const cancel = await vi.waitFor(() => view.getByRole('button', { name: 'Cancel' }));
    cancel.focus();
    cancel.click();
    await flush();
    expect(root.querySelector('[part="actions"] form')).toBeNull();
    expect(root.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    const radio = await vi.waitFor(() => view.getByLabelText('It arrived damaged'));
    radio.focus();
    const pressed = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    radio.dispatchEvent(pressed);
    await flush();
    expect(root.querySelector('[part="actions"] form')).toBeNull();
    expect(root.activeElement).toBe(toggle);
    // Handled here, so that a dialog of the page around the widget does not close with the same key.
    expect(pressed.defaultPrevented).toBe(true);
    // With no panel open, Escape is the page's.
    const next = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    toggle.dispatchEvent(next);
    expect(next.defaultPrevented).toBe(false);
  });

  it('opens a panel at once, with no "Loading…" between, once the feature module has loaded', async () => {
    const { view, root } = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    await loadLazy('features', document.baseURI);
    view.getByRole('button', { name: 'Questions and answers' }).click();
    await flush();
    expect(root.querySelector('details')).toBeTruthy();
    expect(view.queryByText('Loading…')).toBeNull();
  });

  it('shows an error with "Try again" when the feature module cannot load, and loads it on retry', async () => {
    load.fail = 1;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A folder of its own: loads are cached per folder, and earlier tests loaded the module from the default one.
    const { view, root, host } = await mountRecord(actionOrderResult(), {
      capabilities: ALL_CAPABILITIES,
      assetsUrl: 'https://cdn.example/offline/',
    });
    const errors: Array<{ code: string; error: unknown }> = [];
    host.addEventListener('waypost:error', (event) => errors.push((event as CustomEvent).detail));
    (await vi.waitFor(() => view.getByRole('button', { name: 'Get delivery alerts' }))).click();
    // Online, a file that does not load is the site's problem: no "check your connection".
    await vi.waitFor(() => expect(view.getByText('Something went wrong on our side. Please try again.')).toBeTruthy());
    expect(view.queryByText(/Check your connection/)).toBeNull();
    expect(errors.map((error) => error.code)).toEqual(['features_unavailable']);
    expect(warn).toHaveBeenCalledTimes(1);
    // Bundled (a chunk of the app, not a URL), the error names the part and keeps the bundler's own error.
    expect(warn.mock.calls[0]?.[0]).toBe('[waypost] could not load the "features" module');
    expect(errors[0]?.error).toMatchObject({ name: 'AssetLoadError', id: 'features', cause: expect.any(TypeError) });
    view.getByRole('button', { name: 'Try again' }).click();
    await vi.waitFor(() => expect(root.querySelector('input[type="email"]')).toBeTruthy());
  });
});
