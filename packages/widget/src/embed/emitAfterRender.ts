import type { Emit } from '../state/createController.js';

/**
 * Wraps `emit` so that an event reporting a store change is dispatched once the widget shows that change. Preact
 * renders a change one microtask after it (its default `debounceRendering`, queued when the change lands); the
 * event waits one microtask more. A `waypost:status` listener reading the widget on `ready` then finds the record
 * and the live region's text, not the skeleton. Events of an instance destroyed meanwhile are dropped.
 *
 * @example createController({ …, emit: emitAfterRender(emitter.emit, () => !destroyed) })
 */
export function emitAfterRender(emit: Emit, isLive: () => boolean): Emit {
  return (name, detail) =>
    queueMicrotask(() =>
      queueMicrotask(() => {
        if (isLive()) emit(name, detail);
      }),
    );
}
