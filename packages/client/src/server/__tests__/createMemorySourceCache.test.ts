import { describe, expect, it } from 'vitest';
import { createMemorySourceCache } from '../createMemorySourceCache.js';

describe('createMemorySourceCache', () => {
  it('lists the live entries of a tag, and none once they expire or are forgotten', async () => {
    const clock = { now: 0 };
    const cache = createMemorySourceCache({ now: () => clock.now });
    await cache.set('get:order:ord_1', '{"kind":"order"}', 1_000, ['t:1Z999', 't:RET1']);
    await cache.set('order:W1001', '{"order":{}}', 2_000, ['t:1Z999']);
    await cache.set('get:order:ord_2', '{"kind":"order"}', 1_000, ['t:OTHER']);
    expect(await cache.getTagged!('t:1Z999')).toEqual([
      { key: 'get:order:ord_1', text: '{"kind":"order"}' },
      { key: 'order:W1001', text: '{"order":{}}' },
    ]);
    clock.now = 1_000;
    expect(await cache.getTagged!('t:1Z999')).toEqual([{ key: 'order:W1001', text: '{"order":{}}' }]);
    await cache.invalidate('t:1Z999');
    expect(await cache.getTagged!('t:1Z999')).toEqual([]);
    expect(await cache.getTagged!('t:OTHER')).toEqual([]);
  });
});
