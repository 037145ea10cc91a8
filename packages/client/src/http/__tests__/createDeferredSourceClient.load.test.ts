import { describe, expect, it, vi } from 'vitest';
import { memorySource, sampleOrder } from '../../source/__tests__/memorySource.js';
import { createDeferredSourceClient } from '../createDeferredSourceClient.js';

// The in-process client's chunk fails to load as often as `load.fail` says, as a dropped network would make it.
const load = vi.hoisted(() => ({ fail: 0, calls: 0 }));
vi.mock('../createSourceClient.js', async (original) => {
  const actual = await original<typeof import('../createSourceClient.js')>();
  load.calls += 1;
  if (load.fail > 0) {
    load.fail -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return actual;
});

const result = () => ({
  kind: 'order' as const,
  order: sampleOrder(),
  access: { token: 't', expiresAt: '2030-01-01T00:00:00Z' },
});

describe('createDeferredSourceClient', () => {
  it('reports a chunk that failed to load to the watch’s onError, unless the watch was stopped first, and loads it again for the next call', async () => {
    const { source, listeners } = memorySource({ push: true });
    const client = createDeferredSourceClient({ source }, source);
    load.fail = 2;
    const stopped = vi.fn();
    client.watch(result(), () => {}, { onError: stopped })();
    const failed = vi.fn();
    client.watch(result(), () => {}, { onError: failed });
    await vi.waitFor(() => expect(failed).toHaveBeenCalledTimes(1));
    // The test runner wraps what the module threw; its cause is the load's own error.
    const loadError = (error: unknown) => String((error as Error).cause ?? error);
    expect(loadError(failed.mock.calls[0]![0])).toMatch(/Failed to fetch dynamically imported module/);
    expect(stopped).not.toHaveBeenCalled();

    vi.resetModules();
    const again = await client.get('order', 'ord_1').catch(loadError);
    expect(again).toMatch(/Failed to fetch dynamically imported module/);
    vi.resetModules();
    await expect(client.get('order', 'ord_1')).resolves.toMatchObject({ kind: 'order' });
    const stop = client.watch(result(), () => {});
    expect(listeners.size).toBe(1);
    stop();
  });
});
