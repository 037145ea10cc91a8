import type { Resource } from '../../model/LookupResult.js';
import type { ResourceKind } from '../../model/ResourceKind.js';

/** The timer functions of every runtime, typed here so the client needs neither DOM nor Node types. */
interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  console?: { error(...data: unknown[]): void };
}

/** Watches records for their listeners. */
export interface DemoSubscriptions {
  subscribe(kind: ResourceKind, id: string, listener: (resource: Resource) => void): () => void;
  /** Checks every watched record now, after an action changed something. */
  checkAll(): void;
  /** How many watches are open; for tests and leak checks. */
  readonly size: number;
}

interface Watch {
  kind: ResourceKind;
  id: string;
  last: string;
  listeners: Set<(resource: Resource) => void>;
}

/**
 * Creates the push side of the demo: every `tick` milliseconds each watched record is read once, however many
 * listeners watch it, and pushed to them when it differs from what they last saw. One timer serves every watch, so a
 * thousand idle streams cost one check per record and tick, not a thousand timers rebuilding the demo. The timer
 * runs only while something is watched and is `unref`ed, so an open watch never keeps Node alive.
 *
 * @example const subscriptions = createDemoSubscriptions((kind, id) => read(kind, id), 5_000)
 */
export function createDemoSubscriptions(
  read: (kind: ResourceKind, id: string) => Resource | null,
  tick: number,
): DemoSubscriptions {
  const timers = globalThis as unknown as Timers;
  const watches = new Map<string, Watch>();
  let handle: unknown;
  let size = 0;

  const check = (watch: Watch) => {
    const next = read(watch.kind, watch.id);
    if (next === null) return;
    const text = JSON.stringify(next);
    if (text === watch.last) return;
    watch.last = text;
    for (const listener of [...watch.listeners]) {
      try {
        listener(next);
      } catch (error) {
        timers.console?.error('[waypost] demo: a subscriber threw', error);
      }
    }
  };
  const checkAll = () => {
    for (const watch of [...watches.values()]) check(watch);
  };

  return {
    subscribe(kind, id, listener) {
      const key = `${kind}:${id}`;
      let watch = watches.get(key);
      if (!watch) {
        watch = { kind, id, last: JSON.stringify(read(kind, id)), listeners: new Set() };
        watches.set(key, watch);
      }
      // A function may subscribe twice; each subscription needs its own identity in the set.
      const own = (resource: Resource) => listener(resource);
      watch.listeners.add(own);
      size += 1;
      if (handle === undefined) {
        handle = timers.setInterval(checkAll, tick);
        (handle as { unref?: () => void }).unref?.();
      }
      let open = true;
      const current = watch;
      return () => {
        if (!open) return;
        open = false;
        size -= 1;
        current.listeners.delete(own);
        if (current.listeners.size === 0) watches.delete(key);
        if (watches.size === 0 && handle !== undefined) {
          timers.clearInterval(handle);
          handle = undefined;
        }
      };
    },
    checkAll,
    get size() {
      return size;
    },
  };
}
