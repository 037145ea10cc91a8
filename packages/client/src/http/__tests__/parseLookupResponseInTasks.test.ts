import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../errors/InvalidResponseError.js';
import { sampleLookupResult } from '../../model/__tests__/sampleLookupResult.js';
import { parseLookupResponse } from '../parseLookupResponse.js';
import { parseLookupResponseInTasks } from '../parseLookupResponseInTasks.js';

/** The sample order grown to `count` shipments of `events` events each, as JSON would carry it. */
function largeOrder(count: number, events: number): Record<string, unknown> {
  const body = JSON.parse(JSON.stringify(sampleLookupResult()));
  const [first] = body.order.shipments;
  body.order.shipments = Array.from({ length: count }, (_, index) => ({
    ...first,
    id: `shp_${index}`,
    events: Array.from({ length: events }, (_, at) => ({ ...first.events[at % first.events.length] })),
  }));
  return body;
}

/** How many other tasks (zero-delay timers queued one after another) ran while `work` was pending. */
async function tasksDuring(work: () => Promise<unknown>): Promise<number> {
  let ran = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    ran += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work().finally(() => {
    done = true;
  });
  return ran;
}

/** The error a parse throws, or `undefined`. */
async function errorOf(parse: () => unknown): Promise<unknown> {
  try {
    await parse();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseLookupResponseInTasks', () => {
  it('returns what parseLookupResponse returns for a large order', async () => {
    const body = largeOrder(5, 100);
    const expected = parseLookupResponse(body, 'POST /lookup');
    await expect(parseLookupResponseInTasks(body, 'POST /lookup')).resolves.toEqual(expected);
  });

  it('lets other tasks run while it validates a large order', async () => {
    const ran = await tasksDuring(() => parseLookupResponseInTasks(largeOrder(5, 100), 'POST /lookup'));
    expect(ran).toBeGreaterThanOrEqual(5);
  });

  it('validates a small answer at once, in the same task', async () => {
    const ran = await tasksDuring(() => parseLookupResponseInTasks(largeOrder(2, 10), 'POST /lookup'));
    expect(ran).toBe(0);
  });

  it('names the same first bad field as parseLookupResponse when a shipment is bad', async () => {
    const body = largeOrder(5, 100) as { order: { shipments: Array<{ events: Array<{ description: unknown }> }> } };
    body.order.shipments[3]!.events[7]!.description = 42;
    const expected = await errorOf(() => parseLookupResponse(body, 'POST /lookup'));
    const error = await errorOf(() => parseLookupResponseInTasks(body, 'POST /lookup'));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe((expected as Error).message);
    expect((error as Error).message).toContain('order.shipments.3.events.7.description');
  });

  it('names the same first bad field as parseLookupResponse when the order around the shipments is bad', async () => {
    const body = largeOrder(5, 100) as { order: Record<string, unknown> };
    body.order.number = null;
    const expected = await errorOf(() => parseLookupResponse(body, 'POST /lookup'));
    const error = await errorOf(() => parseLookupResponseInTasks(body, 'POST /lookup'));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe((expected as Error).message);
    expect((error as Error).message).toContain('order.number');
  });
});
