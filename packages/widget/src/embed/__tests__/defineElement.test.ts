import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush } from '../../__tests__/mountForTest.js';
import { sampleOrderResult } from '../../__tests__/sampleResult.js';
import { BRAND } from '../BRAND.js';
import type { WaypostTrackerElement } from '../createElementClass.js';
import { defineElement } from '../defineElement.js';

defineElement();
const create = () => document.createElement('waypost-tracker') as WaypostTrackerElement;

describe('defineElement', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('registers <waypost-tracker> once, however often it is called', () => {
    const error = vi.spyOn(console, 'error');
    const first = customElements.get('waypost-tracker');
    defineElement();
    defineElement('waypost-tracker');
    expect(customElements.get('waypost-tracker')).toBe(first);
    expect(error).not.toHaveBeenCalled();
  });

  it('mounts from attributes and keeps its light DOM empty', async () => {
    const client = createTestClient(() => sampleOrderResult());
    const element = create();
    element.client = client;
    element.setAttribute('order', 'W1001');
    element.setAttribute('postal-code', '94107');
    document.body.append(element);
    await flush();
    expect(client.queries).toEqual([{ orderNumber: 'W1001', postalCode: '94107' }]);
    expect(element.childNodes).toHaveLength(0);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('Order W1001');
  });

  it('has a setter for every documented property, and attributes update a mounted widget', async () => {
    const client = createTestClient(() => sampleOrderResult());
    const element = create();
    element.client = client;
    document.body.append(element);
    await flush();
    element.messages = { 'form.title': 'Where is my parcel?' };
    await flush(1);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('Where is my parcel?');
    element.setAttribute('tracking-number', '1Z9');
    await flush();
    expect(client.queries).toEqual([{ trackingNumber: '1Z9' }]);
    expect(element.trackingNumber).toBe('1Z9');
    for (const key of ['endpoint', 'order', 'email', 'postalCode', 'token', 'theme', 'locale', 'nonce', 'brand']) {
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), key)?.set, key).toBeTypeOf('function');
    }
  });

  it('keeps properties set before the element was upgraded', async () => {
    const client = createTestClient(() => sampleOrderResult());
    const element = document.createElement('waypost-tracker-late') as WaypostTrackerElement;
    Object.assign(element, { client, token: 'early' });
    document.body.append(element);
    defineElement('waypost-tracker-late');
    await flush();
    expect(client.queries).toEqual([{ token: 'early' }]);
  });

  it('releases everything when removed, survives a move, and mounts again when re-added', async () => {
    const client = createTestClient(() => sampleOrderResult());
    const element = create();
    element.client = client;
    element.token = 't';
    document.body.append(element);
    await flush();
    expect(client.activeWatches).toBe(1);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(element);
    await flush();
    expect(client.activeWatches).toBe(1);
    element.remove();
    await flush();
    expect(client.activeWatches).toBe(0);
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
    expect((element as unknown as Record<symbol, unknown>)[BRAND.instance]).toBeUndefined();
    document.body.append(element);
    await flush();
    expect(client.activeWatches).toBe(1);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('Order W1001');
  });

  it('forwards events through on()', async () => {
    const element = create();
    element.client = createTestClient(() => sampleOrderResult());
    const ready = vi.fn();
    element.on('ready', ready);
    document.body.append(element);
    await flush();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('takes an event name with or without its waypost: prefix in on(), as handle.on() does', async () => {
    const element = create();
    element.client = createTestClient(() => sampleOrderResult());
    const bare = vi.fn();
    const prefixed = vi.fn();
    element.on('ready', bare);
    element.on('waypost:ready' as 'ready', prefixed);
    document.body.append(element);
    await flush();
    expect([bare.mock.calls.length, prefixed.mock.calls.length]).toEqual([1, 1]);
  });
});
