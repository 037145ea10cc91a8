import { within } from '@testing-library/preact';
import {
  HttpError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  VerificationError,
} from '@waypost/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';

const view = (root: ShadowRoot) => within(root.querySelector('.w') as HTMLElement);
const failing = (error: unknown) => createTestClient(() => Promise.reject(error));

describe('App', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows the lookup form with an empty live region at mount', async () => {
    const { root } = mountForTest({ client: createTestClient(() => sampleOrderResult()) });
    await flush();
    expect(view(root).getByRole('heading', { name: 'Track your order' })).toBeTruthy();
    expect(view(root).getByLabelText('Order number', { selector: 'input[type=text]' })).toBeTruthy();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('says an order of several parcels by its progress, and an update by the parcel whose headline changed', async () => {
    const moving = sampleShipment();
    const delivered = sampleShipment({
      id: 'shp_2',
      trackingNumber: '1Z999AA10123456785',
      status: { ...moving.status, milestone: 'delivered' },
    });
    const client = createTestClient(() => sampleOrderResult([moving, delivered]));
    const { root } = mountForTest({ client, token: 't', timeZone: 'UTC' });
    await flush(4);
    const said = () => root.querySelector('[role="status"]')?.textContent;
    expect(said()).toBe('Order W1001: 1 of 2 delivered');
    await vi.waitFor(() => expect(client.activeWatches).toBe(1));
    // The first parcel is delivered now; the second, delivered before, is not news.
    const arrived = { ...moving, status: { ...moving.status, milestone: 'delivered' as const, exception: null } };
    client.push(sampleOrderResult([arrived, delivered]));
    await flush(4);
    expect(said()).toMatch(/^Update: Shipment 1 of 2: Delivered/);
  });

  it('starts making the result’s Intl formatters as soon as the shopper reaches for the form', async () => {
    // A zone no other test uses, so every formatter for it is made here. The formatters made are real ones: the
    // views cache them for the whole file run.
    const timeZone = 'Pacific/Chatham';
    const { DateTimeFormat } = Intl;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function make(locales, options) {
      return new DateTimeFormat(locales, options);
    } as typeof DateTimeFormat);
    const inZone = () => made.mock.calls.filter(([, options]) => options?.timeZone === timeZone).length;
    try {
      const { root } = mountForTest({ client: createTestClient(() => sampleOrderResult()), timeZone });
      await flush();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(inZone()).toBe(0);

      view(root).getByLabelText('Order number', { selector: 'input[type=text]' }).focus();
      // Date and time, date, time and weekday: every style the views use, made before any lookup.
      await vi.waitFor(() => expect(inZone()).toBe(4));
      expect(made.mock.results.every(({ value }) => value instanceof DateTimeFormat)).toBe(true);
    } finally {
      made.mockRestore();
    }
  });

  it('shows a loading skeleton while a lookup is pending', async () => {
    const { root } = mountForTest({ client: createTestClient(() => new Promise(() => {})), token: 'tok' });
    await flush();
    expect(root.querySelector('[part="skeleton"]')?.getAttribute('aria-busy')).toBe('true');
    expect(view(root).getByText('Looking up your order…')).toBeTruthy();
  });

  it('skips the form for a deep-link token and shows the order', async () => {
    const client = createTestClient(() => sampleOrderResult());
    const { root } = mountForTest({ client, token: 'tok_email' });
    await flush();
    expect(client.queries).toEqual([{ token: 'tok_email' }]);
    expect(view(root).getByRole('heading', { level: 2, name: 'Order W1001' })).toBeTruthy();
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Order W1001: /);
  });

  it('reads ?waypost_token= from the page URL', async () => {
    window.history.replaceState(null, '', '/track?waypost_token=from_url');
    const client = createTestClient(() => sampleOrderResult());
    mountForTest({ client });
    await flush();
    window.history.replaceState(null, '', '/');
    expect(client.queries).toEqual([{ token: 'from_url' }]);
  });

  it.each([
    [new NotFoundError('no'), 'We couldn’t find that order. Check the number and try again.'],
    [new VerificationError('no'), 'Those details don’t match the order. Check the email or postal code.'],
    [new RateLimitError('slow', { retryAfter: 180 }), 'Too many attempts. Try again in 3 minutes.'],
    [new RateLimitError('slow', { retryAfter: 2 }), 'Too many attempts. Try again in 2 seconds.'],
    [new RateLimitError('slow', { retryAfter: 90 }), 'Too many attempts. Try again in 2 minutes.'],
    [
      new InvalidRequestError('bad', { fields: [{ field: 'orderNumber', message: 'At most 64 characters' }] }),
      'Use at most 64 characters.',
    ],
  ])('keeps the form and explains %s', async (error, text) => {
    const { root } = mountForTest({ client: failing(error), order: 'W1', email: 'a@b.co' });
    await flush();
    expect(view(root).getByText(text)).toBeTruthy();
    expect(root.querySelector('form')).not.toBeNull();
  });

  it('says an email link expired when its token is refused', async () => {
    const { root } = mountForTest({ client: failing(new VerificationError('expired')), token: 'old' });
    await flush();
    expect(view(root).getByText('This link has expired. Enter your order details to continue.')).toBeTruthy();
  });

  it('shows offline and server errors with a working retry button', async () => {
    let error: unknown = new NetworkError('down');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const client = createTestClient(() => (error ? Promise.reject(error) : sampleOrderResult()));
    const { root } = mountForTest({ client, token: 't' });
    await flush();
    expect(view(root).getByText('You’re offline. We’ll try again when you’re back online.')).toBeTruthy();
    onLine.mockRestore();
    error = new HttpError('[waypost] POST /lookup: 502', { status: 502 });
    view(root).getByRole('button', { name: 'Try again' }).click();
    await flush();
    expect(view(root).getByText('Something went wrong on our side. Please try again.')).toBeTruthy();
    error = new TimeoutError('[waypost] POST /lookup timed out');
    view(root).getByRole('button', { name: 'Try again' }).click();
    await flush();
    expect(view(root).getByText('The store is taking too long to answer. Please try again.')).toBeTruthy();
    expect(view(root).queryByText(/on our side/)).toBeNull();
    error = null;
    view(root).getByRole('button', { name: 'Try again' }).click();
    await flush();
    expect(view(root).getByRole('heading', { level: 2, name: 'Order W1001' })).toBeTruthy();
  });

  it('says a request without an answer while online (CORS, a server that is down) could not connect, not offline or a server fault', async () => {
    const client = createTestClient(() => Promise.reject(new NetworkError('Failed to fetch')));
    const { root } = mountForTest({ client, token: 't' });
    await flush();
    expect(view(root).getByText('We couldn’t connect. Check your connection and try again.')).toBeTruthy();
    expect(view(root).queryByText(/You’re offline/)).toBeNull();
    expect(view(root).queryByText(/on our side/)).toBeNull();
  });

  it('retries by itself when the browser comes back online', async () => {
    let error: unknown = new NetworkError('down');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const client = createTestClient(() => (error ? Promise.reject(error) : sampleOrderResult()));
    const { root } = mountForTest({ client, token: 't' });
    await flush();
    onLine.mockRestore();
    error = null;
    window.dispatchEvent(new Event('online'));
    await flush();
    expect(view(root).getByRole('heading', { level: 2, name: 'Order W1001' })).toBeTruthy();
  });

  it('takes a shopper who was on the offline message to the order it retried into', async () => {
    let error: unknown = new NetworkError('down');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const client = createTestClient(() => (error ? Promise.reject(error) : sampleOrderResult()));
    const { root } = mountForTest({ client, token: 't' });
    await flush();
    view(root).getByRole('button', { name: 'Try again' }).focus();
    onLine.mockRestore();
    error = null;
    window.dispatchEvent(new Event('online'));
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.activeElement).toBe(view(root).getByRole('heading', { level: 2, name: 'Order W1001' }));
  });

  it('leaves focus where it is in the page when the shopper was elsewhere as the offline view retried', async () => {
    let error: unknown = new NetworkError('down');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const client = createTestClient(() => (error ? Promise.reject(error) : sampleOrderResult()));
    const { root } = mountForTest({ client, token: 't' });
    await flush();
    const search = document.body.appendChild(document.createElement('input'));
    search.focus();
    onLine.mockRestore();
    error = null;
    window.dispatchEvent(new Event('online'));
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(view(root).getByRole('heading', { level: 2, name: 'Order W1001' })).toBeTruthy();
    expect(document.activeElement).toBe(search);
    search.remove();
  });

  it('renders a crashing view as the error state and emits waypost:error instead of throwing', async () => {
    const broken = sampleOrderResult();
    if (broken.kind === 'order') (broken.order as { shipments: unknown }).shipments = null;
    const onError = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { root, host } = mountForTest({ client: createTestClient(() => broken), token: 't' });
    host.addEventListener('waypost:error', (event) => onError((event as CustomEvent).detail));
    await flush();
    expect(view(root).getByText('Something went wrong on our side. Please try again.')).toBeTruthy();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'internal' }));
    vi.restoreAllMocks();
  });

  it('sets dir and lang from the locale and mirrors for right-to-left', async () => {
    const { root } = mountForTest({
      client: createTestClient(() => sampleOrderResult()),
      locale: 'he',
      loadMessages: async () => ({ 'form.title': 'מעקב אחר ההזמנה' }),
    });
    await flush();
    const shell = root.querySelector('.w')!;
    expect(shell.getAttribute('dir')).toBe('rtl');
    expect(shell.getAttribute('lang')).toBe('he');
    expect(view(root).getByRole('heading', { name: 'מעקב אחר ההזמנה' })).toBeTruthy();
    expect(view(root).getByRole('button', { name: 'Track' })).toBeTruthy();
  });

  it('shows the brand logo only from an http(s) URL', async () => {
    const { root } = mountForTest({
      client: createTestClient(() => sampleOrderResult()),
      brand: { name: 'Acme', logoUrl: 'https://cdn.example/logo.svg' },
    });
    await flush();
    expect(root.querySelector('[part="header"] img')?.getAttribute('src')).toBe('https://cdn.example/logo.svg');
    expect(view(root).getByText('Acme')).toBeTruthy();
    const unsafe = mountForTest({
      client: createTestClient(() => sampleOrderResult()),
      brand: { logoUrl: 'javascript:x' },
    });
    await flush();
    expect(unsafe.root.querySelector('[part="header"]')).toBeNull();
  });
});
