import { parseModel } from '../model/parseModel.js';
import { parseResource } from '../model/parseResource.js';
import { orderSchema } from '../model/schemas/orderSchema.js';
import { shipmentSchema } from '../model/schemas/shipmentSchema.js';
import type { Source, SourceContext, SourceOrder } from '../source/Source.js';
import { getTrackingTags } from './getTrackingTags.js';
import type { SourceCache } from './SourceCache.js';
import { unchangingResources } from './unchangingResources.js';

/** Options of the handler's `cache`. */
export interface SourceCacheOptions {
  /** Where answers are kept: `createRedisSourceCache(…)` for several instances, `createMemorySourceCache()` for one. */
  store: SourceCache;
  /**
   * How long a provider's answer is served before it is asked again; a webhook about a parcel ends it sooner.
   * @default 30_000
   * @example 60_000
   */
  ttlMs?: number;
}

// How long an instance waits for another one that claimed a cold key before asking the provider itself.
const claimMs = 5_000;
const pollMs = 25;
const maximumParsed = 1_000;

function freezeDeep<T extends object>(value: T): T {
  for (const field of Object.values(value)) if (field !== null && typeof field === 'object') freezeDeep(field);
  return Object.freeze(value);
}

function parseSourceOrder(value: unknown): SourceOrder {
  const { order, contact } = (value ?? {}) as { order?: unknown; contact?: { email?: unknown; postalCode?: unknown } };
  const text = (field: unknown) => (typeof field === 'string' ? field : undefined);
  const email = text(contact?.email);
  const postalCode = text(contact?.postalCode);
  return {
    order: parseModel(orderSchema, order, 'cached order'),
    contact: { ...(email ? { email } : {}), ...(postalCode ? { postalCode } : {}) },
  };
}

/**
 * Wraps `source` so its reads (`get`, `findOrder`, `findShipment`) go through `store` for `ttlMs`: N shoppers
 * watching one order cost one provider call per TTL. Concurrent misses of one key share one call in this process,
 * and a store that can `claim` keys shares it across instances too. What comes back from the store is validated
 * against the model like any other input (a bad entry is a miss); a store that fails is bypassed, never fatal.
 * Entries are tagged with their tracking numbers, for the handler to forget on a webhook that makes them stale
 * (`invalidateShipment`, which reads them back by their keys with `readCachedRecord`).
 *
 * @example const cached = createCachedSource(source, { store: createMemorySourceCache(), ttlMs: 30_000 })
 */
export function createCachedSource(source: Source, options: SourceCacheOptions): Source {
  const { store } = options;
  const ttlMs = options.ttlMs ?? 30_000;
  if (!(Number.isFinite(ttlMs) && ttlMs > 0)) throw new RangeError('[waypost] cache.ttlMs must be a positive number');
  const pending = new Map<string, Promise<unknown>>();
  // The last text read per key and what it parsed to: validating the same entry on every hit would cost more than
  // the provider call it saves. Comparing the text is a memcmp; bounded like any cache.
  const parsed = new Map<string, { text: string; value: unknown }>();

  async function readStore<T>(key: string, parse: (value: unknown) => T): Promise<{ value: T } | undefined> {
    try {
      const text = await store.get(key);
      if (text === undefined) return undefined;
      const known = parsed.get(key);
      if (known?.text === text) return { value: known.value as T };
      const json = JSON.parse(text) as unknown;
      const value = json === null ? null : parse(json);
      // Every reader of this entry gets this very object until the entry changes: frozen, so nothing can.
      if (value !== null && typeof value === 'object') unchangingResources.add(freezeDeep(value));
      parsed.delete(key);
      if (parsed.size >= maximumParsed) parsed.delete(parsed.keys().next().value as string);
      parsed.set(key, { text, value });
      return { value: value as T };
    } catch {
      return undefined;
    }
  }

  async function load<T>(key: string, parse: (value: unknown) => T, fetch: () => Promise<T>): Promise<T> {
    const cached = await readStore(key, parse);
    if (cached) return cached.value;
    const claimed = await store.claim?.(key, claimMs).catch(() => true);
    if (claimed === false) {
      // Another instance is loading it, or has just stored it: read first, then wait for it.
      for (let waited = 0; ; waited += pollMs) {
        const loaded = await readStore(key, parse);
        if (loaded) return loaded.value;
        if (waited >= claimMs) break;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    }
    const value = await fetch();
    await store.set(key, JSON.stringify(value), ttlMs, getTrackingTags(value)).catch(() => {});
    return value;
  }

  function remember<T>(key: string, parse: (value: unknown) => T, fetch: () => Promise<T>): Promise<T> {
    const inFlight = pending.get(key) as Promise<T> | undefined;
    if (inFlight) return inFlight;
    const promise = load(key, parse, fetch).finally(() => pending.delete(key));
    pending.set(key, promise);
    return promise;
  }

  // The shared call must not die with the first caller's signal: other callers wait on it too.
  const shared = (context: SourceContext): SourceContext => (context.locale ? { locale: context.locale } : {});
  const cached: Source = {
    name: source.name,
    get: (kind, id, context) =>
      remember(`get:${source.name}:${kind}:${id}:${context.locale ?? ''}`, parseResource, () =>
        source.get(kind, id, shared(context)),
      ),
  };
  if (source.features) Object.assign(cached, { features: source.features });
  if (source.findOrder) {
    const findOrder = source.findOrder.bind(source);
    cached.findOrder = (orderNumber, context) =>
      remember(
        `order:${source.name}:${orderNumber.trim().toUpperCase()}:${context.locale ?? ''}`,
        parseSourceOrder,
        () => findOrder(orderNumber, shared(context)),
      );
  }
  if (source.findShipment) {
    const findShipment = source.findShipment.bind(source);
    cached.findShipment = (query, context) =>
      remember(
        `shipment:${source.name}:${query.trackingNumber}:${query.carrier ?? ''}:${context.locale ?? ''}`,
        (value) => parseModel(shipmentSchema, value, 'cached shipment'),
        () => findShipment(query, shared(context)),
      );
  }
  // Writes and push go straight to the source.
  if (source.subscribe) cached.subscribe = source.subscribe.bind(source);
  if (source.startReturn) cached.startReturn = source.startReturn.bind(source);
  if (source.subscribeAlerts) cached.subscribeAlerts = source.subscribeAlerts.bind(source);
  if (source.reportIssue) cached.reportIssue = source.reportIssue.bind(source);
  return cached;
}
