// Test helper (not a test): a source whose reads are counted, to see what a cache saves.
import type { Source } from '../../source/Source.js';

/** `source` with a shared tally of its `get`, `findOrder` and `findShipment` calls. */
export function countCalls(source: Source, tally: { calls: number }): Source {
  return {
    ...source,
    name: source.name,
    async get(kind, id, context) {
      tally.calls += 1;
      return source.get(kind, id, context);
    },
    async findOrder(orderNumber, context) {
      tally.calls += 1;
      return source.findOrder!(orderNumber, context);
    },
    async findShipment(query, context) {
      tally.calls += 1;
      return source.findShipment!(query, context);
    },
  };
}
