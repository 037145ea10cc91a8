import type { WidgetEventMap, WidgetEventName } from '../types/WidgetEvents.js';
import type { WidgetListener } from '../types/WidgetListener.js';

/** Emits `waypost:<name>` DOM events on a host element and calls `handle.on()` listeners. */
export interface Emitter {
  emit<N extends WidgetEventName>(name: N, detail: WidgetEventMap[N]): void;
  on<N extends WidgetEventName>(name: N, listener: WidgetListener<N>): () => void;
  clear(): void;
}

/**
 * Creates an instance's event emitter. Events bubble and are composed, so they cross any shadow root the host
 * sits in. A throwing listener is logged, never rethrown into the widget or the page.
 *
 * @example const { emit, on } = createEmitter(host); on('status', (detail) => …)
 */
export function createEmitter(host: Element): Emitter {
  const listeners = new Map<string, Set<(detail: never) => void>>();
  return {
    emit(name, detail) {
      try {
        host.dispatchEvent(new CustomEvent(`waypost:${name}`, { detail, bubbles: true, composed: true }));
      } catch (error) {
        console.error('[waypost] could not dispatch an event', error);
      }
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as WidgetListener<typeof name>)(detail);
        } catch (error) {
          console.error(`[waypost] a "${name}" listener threw`, error);
        }
      }
    },
    on(name, listener) {
      const key = String(name).replace(/^waypost:/, '');
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set);
      set.add(listener as (detail: never) => void);
      return () => {
        set.delete(listener as (detail: never) => void);
      };
    },
    clear() {
      listeners.clear();
    },
  };
}
