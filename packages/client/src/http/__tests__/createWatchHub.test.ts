import { describe, expect, it, vi } from 'vitest';
import type { LookupResult } from '../../model/LookupResult.js';
import { createWatchHub, type StartWatch } from '../createWatchHub.js';
import { sampleResult } from './testServer.js';

describe('createWatchHub', () => {
  it('starts one watch per key, replays its latest record to a late watcher, and stops it with the last', async () => {
    const hub = createWatchHub();
    const stopShared = vi.fn();
    let push: (next: LookupResult) => void = () => {};
    const start = vi.fn<StartWatch>((listener) => {
      push = listener;
      return stopShared;
    });
    const first = vi.fn();
    const stopFirst = hub('order/ord_1', start, first);
    push(sampleResult());
    const late = vi.fn();
    const stopLate = hub('order/ord_1', start, late);
    await Promise.resolve();
    expect(start).toHaveBeenCalledTimes(1);
    expect(late).toHaveBeenCalledWith(sampleResult());
    stopFirst();
    expect(stopShared).not.toHaveBeenCalled();
    stopLate();
    expect(stopShared).toHaveBeenCalledTimes(1);
  });

  it('leaves no entry for a watch that cannot start, so the next watcher of the key starts its own', () => {
    const hub = createWatchHub();
    const failing: StartWatch = () => {
      throw new TypeError('cannot start');
    };
    expect(() => hub('order/ord_1', failing, vi.fn())).toThrow('cannot start');
    const start = vi.fn<StartWatch>(() => () => {});
    hub('order/ord_1', start, vi.fn());
    expect(start).toHaveBeenCalledTimes(1);
  });
});
