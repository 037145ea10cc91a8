import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Resource } from '../../../model/LookupResult.js';
import type { Order } from '../../../model/Order.js';
import { parseResource } from '../../../model/parseResource.js';
import { demoSource } from '../demoSource.js';

const MINUTE = 60_000;
const start = new Date('2025-03-07T18:30:00Z');

function createFakeClock() {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms: number) => (current += ms) };
}

async function readOrder(source: ReturnType<typeof demoSource>, number: string): Promise<Order> {
  return (await source.findOrder!(number, {}))!.order;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('demoSource', () => {
  it('adds a scan to W1001 every few minutes while it stays in transit', async () => {
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now });
    const before = await readOrder(source, 'W1001');
    clock.advance(5 * MINUTE);
    const after = await readOrder(source, 'W1001');
    expect(after.shipments[0]!.events).toHaveLength(before.shipments[0]!.events.length + 1);
    expect(after.shipments[0]!.events.at(-1)?.location?.city).toBe('Richmond');
    expect(after.status.milestone).toBe('in_transit');
    expect(Date.parse(after.updatedAt.kind === 'instant' ? after.updatedAt.utc : '')).toBeGreaterThan(
      Date.parse(before.updatedAt.kind === 'instant' ? before.updatedAt.utc : ''),
    );
    clock.advance(30 * MINUTE);
    const later = await readOrder(source, 'W1001');
    expect(later.shipments[0]!.events.length).toBeGreaterThanOrEqual(before.shipments[0]!.events.length + 6);
  });

  it('moves W1008 from label created to in transit soon after the start', async () => {
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now });
    expect((await readOrder(source, 'W1008')).status.milestone).toBe('label_created');
    clock.advance(7 * MINUTE);
    expect((await readOrder(source, 'W1008')).status.milestone).toBe('in_transit');
  });

  it('runs demo time faster with speed', async () => {
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now, speed: 60 });
    clock.advance(MINUTE);
    const order = await readOrder(source, 'W1008');
    expect(order.shipments[0]!.events.map((event) => event.description)).toContain('Departed USPS Regional Facility');
  });

  it('delivers W1001 on its estimated day, then drops the estimate', async () => {
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now });
    clock.advance(2 * 24 * 60 * MINUTE);
    const shipment = (await readOrder(source, 'W1001')).shipments[0]!;
    expect(shipment.status.milestone).toBe('delivered');
    expect(shipment.eta).toBeNull();
    expect(shipment.deliveredAt).toBeDefined();
  });

  it('keeps every record valid as days pass', async () => {
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now });
    for (const step of [0, 10, 60, 6 * 60, 24 * 60, 3 * 24 * 60]) {
      clock.advance(step * MINUTE);
      for (const number of ['W1001', 'W1002', 'W1003', 'W1004', 'W1005', 'W1006', 'W1007', 'W1008']) {
        const order = await readOrder(source, number);
        expect(parseResource({ kind: 'order', order })).toEqual({ kind: 'order', order });
      }
    }
    expect((await readOrder(source, 'W1005')).returns[0]!.stage).toBe('received');
    expect((await readOrder(source, 'W1006')).exchanges[0]!.stage).toBe('replacement_delivered');
  });

  it('pushes each change to a subscriber, and nothing when nothing changed', async () => {
    vi.useFakeTimers();
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now, tick: 1_000 });
    const pushed: Resource[] = [];
    const stop = source.subscribe!('order', 'ord_1001', (resource) => pushed.push(resource));
    vi.advanceTimersByTime(3_000);
    expect(pushed).toHaveLength(0);
    clock.advance(4 * MINUTE);
    vi.advanceTimersByTime(1_000);
    expect(pushed).toHaveLength(1);
    const order = pushed[0]!.kind === 'order' ? pushed[0]!.order : null;
    expect(order?.shipments[0]?.events.at(-1)?.description).toBe('Arrived at Facility');
    stop();
  });

  it('clears its timer on unsubscribe, and unsubscribing twice is harmless', () => {
    vi.useFakeTimers();
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now, tick: 1_000 });
    const listener = vi.fn();
    const baseline = vi.getTimerCount();
    const stop = source.subscribe!('shipment', 'shp_1008_1', listener);
    expect(vi.getTimerCount()).toBe(baseline + 1);
    stop();
    stop();
    expect(vi.getTimerCount()).toBe(baseline);
    clock.advance(10 * MINUTE);
    vi.advanceTimersByTime(5_000);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unrefs its timers so an open subscription never keeps Node running', () => {
    const source = demoSource({ tick: 60_000 });
    const unref = vi.fn();
    const spy = vi.spyOn(globalThis, 'setInterval').mockImplementation((() => ({ unref })) as never);
    const clear = vi.spyOn(globalThis, 'clearInterval').mockImplementation(() => {});
    const stop = source.subscribe!('order', 'ord_1001', () => {});
    stop();
    spy.mockRestore();
    clear.mockRestore();
    expect(unref).toHaveBeenCalledOnce();
  });
});
