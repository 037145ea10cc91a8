import { options, type VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult } from '../../__tests__/sampleResult.js';
import { LookupForm } from '../../components/LookupForm.js';
import { mount } from '../mount.js';

const client = () => createTestClient(() => sampleOrderResult());

describe('mount', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('renders into an open shadow root and leaves the light DOM empty', async () => {
    const { host, root } = mountForTest({ client: client() });
    await flush();
    expect(root.mode).toBe('open');
    expect(root.querySelector('[part="root"]')).not.toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('renders the form once when it mounts in English, not again when English is shown', async () => {
    const previous = options.diffed;
    let renders = 0;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === LookupForm) renders += 1;
      previous?.(vnode);
    };
    try {
      const { root } = mountForTest({ client: client() });
      await flush();
      expect(root.querySelector('form')).not.toBeNull();
      expect(renders).toBe(1);
    } finally {
      options.diffed = previous;
    }
  });

  it('accepts a selector', async () => {
    document.body.innerHTML = '<div id="tracking"></div>';
    mount('#tracking', { client: client() });
    await flush();
    expect(document.getElementById('tracking')?.shadowRoot?.querySelector('form')).not.toBeNull();
  });

  it('emits bubbling, composed events mirrored by handle.on', async () => {
    const { host, handle } = mountForTest({ client: client(), token: 't' });
    const fromDom = vi.fn();
    const fromHandle = vi.fn();
    document.addEventListener('waypost:ready', (event) => {
      expect(event.bubbles && event.composed).toBe(true);
      fromDom((event as CustomEvent).detail);
    });
    const off = handle.on('lookup', fromHandle);
    handle.on('ready', fromHandle);
    await flush();
    expect(fromDom).toHaveBeenCalledWith({ version: expect.any(String), locale: 'en' });
    expect(fromHandle).toHaveBeenCalledWith({ method: 'token', kind: 'order', id: 'ord_1' });
    off();
    await handle.refresh();
    expect(host).toBeTruthy();
  });

  it('keeps a throwing listener away from the widget', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { handle, root } = mountForTest({ client: client(), token: 't' });
    handle.on('status', () => {
      throw new Error('host bug');
    });
    await flush();
    expect(root.querySelector('h2')?.textContent).toBe('Order W1001');
    expect(error.mock.calls[0]?.[0]).toMatch(/^\[waypost\] a "status" listener threw/);
  });

  it('returns the same instance when mounted twice on one element', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const first = mount(host, { client: client() });
    expect(mount(host, { theme: 'dark' })).toBe(first);
  });

  it('destroys idempotently, leaving no node, listener or watch behind', async () => {
    const test = client();
    const removed = vi.spyOn(window, 'removeEventListener');
    const { handle, root, host } = mountForTest({ client: test, token: 't' });
    await flush();
    expect(test.activeWatches).toBe(1);
    handle.destroy();
    handle.destroy();
    expect(root.childNodes).toHaveLength(0);
    expect(host.childNodes).toHaveLength(0);
    expect(test.activeWatches).toBe(0);
    expect(removed).toHaveBeenCalledWith('online', expect.any(Function));
    handle.update({ token: 'again' });
    await flush();
    expect(test.queries).toHaveLength(1);
    expect(mount(host, { client: test })).not.toBe(handle);
  });

  it('never throws into the page: a bad target or a missing endpoint becomes a warning or an error state', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => mount('#missing', {})).not.toThrow();
    const input = document.createElement('input');
    document.body.append(input);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    input.addEventListener('waypost:error', onError);
    expect(() => mount(input, {}).destroy()).not.toThrow();
    expect(onError).toHaveBeenCalled();
    const { root, host } = mountForTest({ order: 'W1', email: 'a@b.co' });
    const errors = vi.fn();
    host.addEventListener('waypost:error', (event) => errors((event as CustomEvent).detail));
    await flush();
    expect(root.textContent).toContain('Something went wrong on our side.');
    expect(errors.mock.calls[0]?.[0].message).toMatch(/endpoint/);
  });

  it('updates options in place: a new order looks up again, a theme restyles without remounting', async () => {
    const test = client();
    const { handle, root } = mountForTest({ client: test, nonce: 'abc' });
    await flush();
    const shell = root.querySelector('.w');
    const styles = [...root.querySelectorAll('style')];
    // The bundled sheets and the theme, then the result views' sheet (loaded by the test setup), each with the nonce.
    expect(styles.length).toBeGreaterThanOrEqual(2);
    expect(styles.map((style) => style.getAttribute('nonce'))).toEqual(styles.map(() => 'abc'));
    const theme = styles.find((style) => style.textContent?.includes('color-scheme'))!;
    expect(theme.textContent).toContain('color-scheme: inherit');
    handle.setTheme('dark');
    expect(theme.textContent).toContain('color-scheme: dark');
    expect(theme.textContent).not.toContain('color-scheme: inherit');
    expect(root.querySelector('.w')).toBe(shell);
    handle.update({ order: 'W1001', postalCode: '94107' });
    await flush();
    expect(test.queries).toEqual([{ orderNumber: 'W1001', postalCode: '94107' }]);
  });

  it('comes ready in the page’s language when its catalog arrives after the answer', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { host } = mountForTest({
      client: client(),
      token: 't',
      locale: 'es',
      loadMessages: async () => {
        await arrived;
        return { 'order.title': 'Pedido {number}' };
      },
    });
    const seen: Array<string | null | undefined> = [];
    host.addEventListener('waypost:status', (event) => {
      if ((event as CustomEvent).detail.state === 'ready') {
        seen.push(host.shadowRoot?.querySelector('[part~="heading"]')?.textContent);
      }
    });
    await flush(10);
    // The answer is in, the views too: the widget waits for Spanish rather than say "ready" in English.
    expect(seen).toEqual([]);
    release();
    await vi.waitFor(() => expect(seen).toEqual([expect.stringMatching(/^Pedido /)]));
  });

  it('switches locale at runtime and keeps Accept-Language in sync through the client', async () => {
    const test = client();
    const { handle, root } = mountForTest({
      client: test,
      loadMessages: async (tag) => ({ default: tag === 'es' ? { 'form.title': 'Sigue tu pedido' } : {} }),
    });
    await flush();
    handle.setLocale('es');
    await flush();
    expect(root.querySelector('h2')?.textContent).toBe('Sigue tu pedido');
    expect(root.querySelector('.w')?.getAttribute('lang')).toBe('es');
    expect(test.locales.at(-1)).toBe('es');
  });
});
