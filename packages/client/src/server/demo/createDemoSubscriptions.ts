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

/**
 * Creates the push side of the demo: every `tick` milliseconds each watched record is rebuilt and, when it
 * differs from what its listener last saw, pushed. Timers are `unref`ed so an open watch never keeps Node alive.
 *
 * @example const subscriptions = createDemoSubscriptions((kind, id) => read(kind, id), 5_000)
 */
export function createDemoSubscriptions(
  read: (kind: ResourceKind, id: string) => Resource | null,
  tick: number,
): DemoSubscriptions {
  const timers = globalThis as unknown as Timers;
  const checks = new Set<() => void>();
  return {
    subscribe(kind, id, listener) {
      let last = JSON.stringify(read(kind, id));
      const check = () => {
        const next = read(kind, id);
        const text = JSON.stringify(next);
        if (text === last || next === null) return;
        last = text;
        try {
          listener(next);
        } catch (error) {
          timers.console?.error('[waypost] demo: a subscriber threw', error);
        }
      };
      const handle = timers.setInterval(check, tick);
      (handle as { unref?: () => void }).unref?.();
      checks.add(check);
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        timers.clearInterval(handle);
        checks.delete(check);
      };
    },
    checkAll() {
      for (const check of [...checks]) check();
    },
    get size() {
      return checks.size;
    },
  };
}
