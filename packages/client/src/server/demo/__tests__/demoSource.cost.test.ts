import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoScenarios } from '../demoScenarios.js';
import { demoSource } from '../demoSource.js';

const start = new Date('2025-03-07T18:30:00Z');

function createFakeClock() {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms: number) => (current += ms) };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('demoSource', () => {
  it('builds the scenarios once for any number of reads in the same second of demo time', async () => {
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now });
    const build = vi.spyOn(demoScenarios[0]!, 'build');
    for (let index = 0; index < 100; index += 1) {
      await source.findOrder!('W1001', {});
      await source.get('order', 'ord_1002', {});
    }
    expect(build).toHaveBeenCalledTimes(1);
    clock.advance(1_000);
    await source.findOrder!('W1001', {});
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('rebuilds after an action, so the change shows at once', async () => {
    const source = demoSource({ now: createFakeClock().now, seed: 1 });
    const before = (await source.findOrder!('W1003', {}))!.order;
    await source.startReturn!(
      { orderId: 'ord_1003', items: [{ itemId: 'li_1003_1', quantity: 1, reason: 'Too tight' }], resolution: 'refund' },
      {},
    );
    expect((await source.findOrder!('W1003', {}))!.order.returns.length).toBe(before.returns.length + 1);
  });

  it('serves a thousand watches with one timer and one read per record and tick', async () => {
    vi.useFakeTimers();
    const clock = createFakeClock();
    const source = demoSource({ now: clock.now, tick: 5_000 });
    const stops = Array.from({ length: 1_000 }, (_, index) =>
      source.subscribe!('order', index % 2 ? 'ord_1001' : 'ord_1008', () => {}),
    );
    expect(vi.getTimerCount()).toBe(1);
    const build = vi.spyOn(demoScenarios[0]!, 'build');
    clock.advance(5_000);
    vi.advanceTimersByTime(5_000);
    expect(build).toHaveBeenCalledTimes(1);
    for (const stop of stops) stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
