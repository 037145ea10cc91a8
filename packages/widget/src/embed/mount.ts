import type { WidgetHandle } from '../types/WidgetHandle.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import { BRAND } from './BRAND.js';
import { createInstance } from './createInstance.js';
import { warn } from './warn.js';

type Host = HTMLElement & { [BRAND.instance]?: WidgetHandle };

const inert: WidgetHandle = {
  update() {},
  refresh: () => Promise.resolve(),
  setTheme() {},
  setLocale() {},
  on: () => () => {},
  destroy() {},
};

/**
 * Mounts the widget into `target` (an element or a selector) and returns its handle. The widget renders in an
 * open shadow root and never adds children to the element itself. Mounting an element that already holds a
 * widget (from this copy or another version on the page) updates and returns that instance. Never throws: a
 * failure is logged, emitted as `waypost:error` on the target, and an inert handle comes back.
 *
 * @example
 * const handle = mount('#tracking', { endpoint: '/apps/waypost' });
 * handle.on('status', ({ state }) => console.log(state));
 */
export function mount(target: string | Element, options: WidgetOptions = {}): WidgetHandle {
  let host: Host | null = null;
  try {
    host = (typeof target === 'string' ? document.querySelector(target) : target) as Host | null;
    if (!host) {
      warn(`mount: no element matches ${String(target)}`);
      return inert;
    }
    const existing = host[BRAND.instance];
    if (existing) {
      existing.update(options);
      return existing;
    }
    const element = host;
    const instance = createInstance(element, options);
    const handle: WidgetHandle = {
      ...instance,
      destroy() {
        instance.destroy();
        if (element[BRAND.instance] === handle) delete element[BRAND.instance];
      },
    };
    Object.defineProperty(element, BRAND.instance, { value: handle, configurable: true, writable: true });
    return handle;
  } catch (error) {
    console.error('[waypost] could not mount the widget', error);
    try {
      host?.dispatchEvent(
        new CustomEvent('waypost:error', {
          detail: { code: 'internal', message: String(error), error },
          bubbles: true,
          composed: true,
        }),
      );
    } catch {
      // Nothing left to tell.
    }
    return inert;
  }
}
