import { describe, expect, it } from 'vitest';
import type { Resource } from '../../model/LookupResult.js';
import { serializeResource } from '../serializeResource.js';
import { unchangingResources } from '../unchangingResources.js';
import { createTestSource } from './createTestSource.js';

const readOrder = async (): Promise<Resource> => structuredClone((await createTestSource().get('order', 'ord_1', {}))!);

describe('serializeResource', () => {
  it("serializes any other source's record afresh, so a change made in place shows", async () => {
    const resource = await readOrder();
    const before = await serializeResource(resource);
    expect(JSON.parse(before.body)).toEqual(resource);
    expect(before.etag).toMatch(/^"[\w-]{43}"$/);
    if (resource.kind === 'order') resource.order.number = 'W1001-B';
    const after = await serializeResource(resource);
    expect(JSON.parse(after.body).order.number).toBe('W1001-B');
    expect(after.etag).not.toBe(before.etag);
  });

  it('keeps the JSON and ETag of a record that never changes', async () => {
    const resource = Object.freeze(await readOrder());
    unchangingResources.add(resource);
    const first = await serializeResource(resource);
    expect(await serializeResource(resource)).toBe(first);
    expect(first).toEqual(await serializeResource(structuredClone(resource)));
  });
});
