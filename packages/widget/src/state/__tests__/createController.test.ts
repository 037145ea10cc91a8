import {
  HttpError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  VerificationError,
} from '@waypost/client';
import { describe, expect, it, vi } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';
import { createController } from '../createController.js';
import * as liveWatch from '../createLiveWatch.js';
import { createStore } from '../createStore.js';
import { getRecordStatus } from '../getRecordStatus.js';

function setup(
  answer: Parameters<typeof createTestClient>[0],
  online = true,
  loadViews: () => Promise<unknown> = () => Promise.resolve(),
  loadLive: () => Promise<typeof liveWatch> = () => Promise.resolve(liveWatch),
) {
  const store = createStore({}, 'en');
  const client = createTestClient(answer);
  const emit = vi.fn();
  const controller = createController({
    store,
    getClient: () => client,
    emit,
    // An update reads its milestone, as the widget's own text reads the parcel's headline.
    describe: (result, previous) =>
      previous
        ? getRecordStatus(previous).milestone === getRecordStatus(result).milestone
          ? ''
          : `updated ${getRecordStatus(result).milestone}`
        : 'loaded',
    loadViews,
    loadLive,
    isOnline: () => online,
  });
  const events = (name: string) => emit.mock.calls.filter(([event]) => event === name).map(([, detail]) => detail);
  return { store, client, controller, events };
}

describe('createController', () => {
  it('moves from loading to ready and emits lookup and status without personal data', async () => {
    const { store, controller, events } = setup(() => sampleOrderResult());
    const pending = controller.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' }, true);
    expect(store.state.value).toBe('loading');
    await pending;
    expect(store.state.value).toBe('ready');
    expect(store.announcement.value).toBe('loaded');
    // Focus is asked for twice: by the loading state (the form went), then by the result.
    expect(store.focusRequest.value).toBe(2);
    expect(events('lookup')).toEqual([{ method: 'order_email', kind: 'order', id: 'ord_1' }]);
    expect(events('status').map((detail) => detail.state)).toEqual(['loading', 'ready']);
    expect(JSON.stringify(events('lookup'))).not.toContain('shopper@');
  });

  it('loads the views with the lookup and shows the record, ready, only once they are in', async () => {
    let viewsIn: () => void = () => {};
    const loadViews = vi.fn(() => new Promise<void>((done) => (viewsIn = done)));
    let answer: (value: ReturnType<typeof sampleOrderResult>) => void = () => {};
    const { store, controller, events } = setup(() => new Promise((done) => (answer = done)), true, loadViews);
    const pending = controller.lookup({ token: 't' });
    // Both start together: the views do not wait for the answer.
    expect(loadViews).toHaveBeenCalledTimes(1);
    answer(sampleOrderResult());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.state.value).toBe('loading');
    expect(store.announcement.value).toBe('');
    expect(events('status').map((detail) => detail.state)).toEqual(['loading']);
    viewsIn();
    await pending;
    expect(store.state.value).toBe('ready');
    expect(store.announcement.value).toBe('loaded');
    expect(events('status').map((detail) => detail.state)).toEqual(['loading', 'ready']);
  });

  it('ends a lookup whose views cannot load in the error state, reports it, and shows the record on retry', async () => {
    const missing = Object.assign(new Error('[waypost] could not load the "result" module'), {
      code: 'features_unavailable',
    });
    let views = 0;
    const { store, controller, events } = setup(
      () => sampleOrderResult(),
      true,
      () => (++views === 1 ? Promise.reject(missing) : Promise.resolve()),
    );
    await controller.lookup({ token: 't' });
    expect(store.state.value).toBe('error');
    expect(store.result.value).toBeNull();
    expect(events('lookup')).toEqual([]);
    expect(events('error')).toEqual([{ code: 'features_unavailable', message: missing.message, error: missing }]);
    await controller.refresh();
    expect(store.state.value).toBe('ready');
    expect(events('status').map((detail) => detail.state)).toEqual(['loading', 'error', 'loading', 'ready']);
  });

  it('says not found, not that the views failed, when both the lookup and the views fail', async () => {
    // The views fail first; the answer comes later.
    const { store, controller, events } = setup(
      () => new Promise((_, reject) => setTimeout(() => reject(new NotFoundError('no')), 10)),
      true,
      () => Promise.reject(new Error('[waypost] could not load the "result" module')),
    );
    await controller.lookup({ orderNumber: 'W9', email: 'a@b.co' });
    expect(store.state.value).toBe('not_found');
    expect(events('error').map((detail) => detail.code)).toEqual(['not_found']);
  });

  it('does not move focus for a lookup the shopper did not submit', async () => {
    const { store, controller } = setup(() => sampleOrderResult());
    await controller.lookup({ token: 't' });
    expect(store.focusRequest.value).toBe(0);
  });

  it('shows not found, verification failed and an expired link', async () => {
    const notFound = setup(() => {
      throw new NotFoundError('no');
    });
    await notFound.controller.lookup({ orderNumber: 'W9', email: 'a@b.co' });
    expect(notFound.store.state.value).toBe('not_found');
    expect(notFound.events('error')[0]).toMatchObject({ code: 'not_found' });

    const expired = setup(() => {
      throw new VerificationError('bad token');
    });
    await expired.controller.lookup({ token: 'old' });
    expect(expired.store.state.value).toBe('verification_failed');
    expect(expired.store.linkExpired.value).toBe(true);
  });

  it('keeps the field errors of a refused lookup, as the form shows them', async () => {
    const { store, controller, events } = setup(() => {
      throw new InvalidRequestError('POST /lookup failed with 400', {
        fields: [{ field: 'postalCode', message: 'Letters, digits, spaces and hyphens only' }],
      });
    });
    await controller.lookup({ orderNumber: 'W1', postalCode: 'קוד' }, true);
    expect(store.state.value).toBe('invalid');
    expect(store.invalid.value).toEqual({ errors: { contact: { key: 'form.invalidCharacters' } }, general: false });
    expect(events('error').map((detail) => detail.code)).toEqual(['invalid_request']);
    expect(store.focusRequest.value).toBe(2);
  });

  it('tells a request without an answer or without a timely one, while online, from a server error', async () => {
    let error: unknown = new NetworkError('POST /lookup got no response');
    const { store, controller } = setup(() => {
      throw error;
    });
    await controller.lookup({ trackingNumber: '1Z' });
    expect([store.state.value, store.unreachable.value]).toEqual(['error', 'network']);
    error = new TimeoutError('POST /lookup timed out');
    await controller.refresh();
    expect([store.state.value, store.unreachable.value]).toEqual(['error', 'timeout']);
    error = new HttpError('POST /lookup failed with 500', { status: 500 });
    await controller.refresh();
    expect([store.state.value, store.unreachable.value]).toEqual(['error', false]);
  });

  it("asks for focus when the shopper's own lookup or retry fails, and keeps the draft through reset", async () => {
    const { store, controller } = setup(() => {
      throw new HttpError('POST /lookup failed with 500', { status: 500 });
    });
    const draft = { method: 'order', orderNumber: 'W1', contact: '94107', trackingNumber: '', carrier: '' } as const;
    controller.keepDraft(draft);
    await controller.lookup({ orderNumber: 'W1', postalCode: '94107' });
    expect(store.focusRequest.value).toBe(0);
    await controller.refresh(true);
    expect(store.focusRequest.value).toBe(2);
    controller.focusTaken();
    controller.reset();
    expect([store.state.value, store.draft.value]).toEqual(['form', draft]);
  });

  it('keeps Retry-After when rate limited', async () => {
    const { store, controller } = setup(() => {
      throw new RateLimitError('slow down', { retryAfter: 120 });
    });
    await controller.lookup({ trackingNumber: '1Z' });
    expect(store.state.value).toBe('rate_limited');
    expect(store.retryAfter.value).toBe(120);
  });

  it('reads any failure while the browser is offline as offline, and retries the last lookup', async () => {
    let fail = true;
    const { store, controller, client } = setup(() => {
      if (fail) throw new Error('fetch failed');
      return sampleOrderResult();
    }, false);
    await controller.lookup({ trackingNumber: '1Z' });
    expect(store.state.value).toBe('offline');
    fail = false;
    await controller.refresh();
    expect(store.state.value).toBe('ready');
    expect(client.queries).toHaveLength(2);
  });

  it('applies live updates and emits eta-changed and status when they move', async () => {
    const { store, controller, client, events } = setup(() => sampleOrderResult());
    await controller.lookup({ token: 't' });
    expect(client.activeWatches).toBe(1);
    const next = sampleOrderResult([
      sampleShipment({ eta: { start: { kind: 'date', date: '2024-11-30', raw: '2024-11-30' }, changes: [] } }),
    ]);
    if (next.kind === 'order') next.order.status = { milestone: 'out_for_delivery', exception: null };
    client.push(next);
    expect(store.result.value).toBe(next);
    expect(store.announcement.value).toBe('updated out_for_delivery');
    expect(events('eta-changed')).toHaveLength(1);
    expect(events('status').at(-1)).toMatchObject({ state: 'ready', milestone: 'out_for_delivery' });
  });

  it('announces nothing for a reload that reads the same, keeping what a panel said', async () => {
    const { store, controller, client } = setup(() => sampleOrderResult());
    await controller.lookup({ token: 't' });
    controller.announce('Return RMA-1 started.');
    // The order comes back with the new return in it, but its parcel reads the same.
    client.refresh = async (current) => ({ ...current });
    await controller.refresh();
    expect(store.announcement.value).toBe('Return RMA-1 started.');
    client.push(sampleOrderResult());
    expect(store.announcement.value).toBe('Return RMA-1 started.');
  });

  it('says a real change after what a panel said, once, rather than over it', async () => {
    const { store, controller, client } = setup(() => sampleOrderResult());
    await controller.lookup({ token: 't' });
    controller.announce('Return RMA-1 started.');
    const moved = (milestone: 'out_for_delivery' | 'delivered') => {
      const next = sampleOrderResult();
      if (next.kind === 'order') next.order.status = { milestone, exception: null };
      return next;
    };
    client.refresh = async () => moved('out_for_delivery');
    await controller.refresh();
    expect(store.announcement.value).toBe('Return RMA-1 started. updated out_for_delivery');
    client.push(moved('delivered'));
    expect(store.announcement.value).toBe('updated delivered');
  });

  it('replaces what a panel said long ago', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { store, controller, client } = setup(() => sampleOrderResult());
      await controller.lookup({ token: 't' });
      controller.announce('Tracking number copied');
      vi.setSystemTime(Date.now() + 60_000);
      const next = sampleOrderResult();
      if (next.kind === 'order') next.order.status = { milestone: 'delivered', exception: null };
      client.push(next);
      expect(store.announcement.value).toBe('updated delivered');
    } finally {
      vi.useRealTimers();
    }
  });

  it('releases the watch and ignores late answers once disposed', async () => {
    let resolve: (value: ReturnType<typeof sampleOrderResult>) => void = () => {};
    const { store, controller, client } = setup(() => new Promise((done) => (resolve = done)));
    const pending = controller.lookup({ token: 't' });
    controller.dispose();
    resolve(sampleOrderResult());
    await pending;
    expect(store.state.value).toBe('loading');
    expect(client.activeWatches).toBe(0);
  });

  it('stops watching on reset', async () => {
    const { store, controller, client } = setup(() => sampleOrderResult());
    await controller.lookup({ token: 't' });
    controller.reset();
    expect(client.activeWatches).toBe(0);
    expect(store.state.value).toBe('form');
  });

  it('starts a watch once its code has loaded, and none when reset or disposed meanwhile', async () => {
    let loaded: (module: typeof liveWatch) => void = () => {};
    const loading = new Promise<typeof liveWatch>((done) => (loaded = done));
    const { controller, client } = setup(
      () => sampleOrderResult(),
      true,
      undefined,
      () => loading,
    );
    await controller.lookup({ token: 't' });
    expect(client.activeWatches).toBe(0);
    loaded(liveWatch);
    await vi.waitFor(() => expect(client.activeWatches).toBe(1));
    const stopped = setup(
      () => sampleOrderResult(),
      true,
      undefined,
      () => loading,
    );
    const late = setup(
      () => new Promise<never>(() => {}),
      true,
      undefined,
      () => loading,
    );
    await stopped.controller.lookup({ token: 't' });
    stopped.controller.reset();
    void late.controller.lookup({ token: 't' });
    late.controller.dispose();
    await loading;
    expect(stopped.client.activeWatches).toBe(0);
    expect(late.client.activeWatches).toBe(0);
  });

  it('keeps the record without live updates when their code cannot load, and loads it again for the next watch', async () => {
    const loadLive = vi.fn<() => Promise<typeof liveWatch>>(() =>
      Promise.reject(new Error('[waypost] live.js did not load')),
    );
    const { store, controller, client, events } = setup(() => sampleOrderResult(), true, undefined, loadLive);
    await controller.lookup({ token: 't' });
    await Promise.resolve();
    expect(store.state.value).toBe('ready');
    expect(client.activeWatches).toBe(0);
    expect(events('error')).toHaveLength(0);
    loadLive.mockImplementation(() => Promise.resolve(liveWatch));
    await controller.lookup({ token: 't' });
    expect(client.activeWatches).toBe(1);
    expect(loadLive).toHaveBeenCalledTimes(2);
  });

  it('looks the record up again when its access expires, quietly when only the access changed', async () => {
    let round = 0;
    const { store, controller, client } = setup(() => {
      const result = sampleOrderResult();
      round += 1;
      return { ...result, access: { ...result.access, token: `t${round}` } };
    });
    await controller.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    store.stale.value = 'reconnecting';
    store.updatedAt.value = Date.now() - 600_000;
    client.fail(new VerificationError('The access token is invalid or has expired'));
    await vi.waitFor(() => expect(store.result.value?.access.token).toBe('t2'));
    // A fresh read: "Updated" moves to now, though nothing was announced.
    expect(Date.now() - store.updatedAt.value).toBeLessThan(5_000);
    expect(client.queries).toHaveLength(2);
    expect(client.queries[1]).toEqual(client.queries[0]);
    expect(store.announcement.value).toBe('loaded');
    expect(store.stale.value).toBe(false);
    expect(client.activeWatches).toBe(1);
  });

  it('says live updates ended, and keeps the record, when the access cannot be renewed', async () => {
    let calls = 0;
    const { store, controller, client, events } = setup(() => {
      calls += 1;
      if (calls > 1) throw new VerificationError('The link has expired');
      return sampleOrderResult();
    });
    await controller.lookup({ token: 'link' });
    const shown = store.result.value;
    client.fail(new VerificationError('The access token is invalid or has expired'));
    await vi.waitFor(() => expect(store.stale.value).toBe('ended'));
    expect(store.result.value).toBe(shown);
    expect(store.state.value).toBe('ready');
    expect(events('error').at(-1)).toMatchObject({ code: 'verification_failed' });
    // A second refusal within 5 s does not look it up again.
    client.fail(new VerificationError('The access token is invalid or has expired'));
    expect(calls).toBe(2);
  });
});
