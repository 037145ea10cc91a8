import type { ThemeInput } from '../styles/getThemeCss.js';
import type { WidgetEventName } from '../types/WidgetEvents.js';
import type { WidgetHandle } from '../types/WidgetHandle.js';
import type { WidgetListener } from '../types/WidgetListener.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import { mount } from './mount.js';
import { OPTION_NAMES } from './OPTION_NAMES.js';
import { ATTRIBUTES, readAttributes } from './readAttributes.js';

/**
 * `<waypost-tracker>`: the options as properties (every option is also a property with a setter: React 19 and
 * other frameworks set properties), plus the handle's methods.
 */
export type WaypostTrackerElement = HTMLElement &
  WidgetOptions & {
    refresh(): Promise<void>;
    setTheme(theme: ThemeInput): void;
    setLocale(locale: string | undefined): void;
    on<N extends WidgetEventName>(name: N, listener: WidgetListener<N>): () => void;
  };

/**
 * Builds the custom element class. Created on demand (not at import) because `HTMLElement` does not exist in
 * Node. Mounts when connected; when disconnected, it waits one microtask (a move is a disconnect plus a
 * connect) and then releases everything; reconnected, it mounts again.
 */
export function createElementClass(): CustomElementConstructor {
  class Tracker extends HTMLElement {
    declare theme: ThemeInput | undefined;
    declare locale: string | undefined;
    static observedAttributes = [...ATTRIBUTES];
    handle: WidgetHandle | null = null;
    props: Partial<WidgetOptions> = {};

    options(): WidgetOptions {
      const options: Record<string, unknown> = readAttributes(this);
      for (const [key, value] of Object.entries(this.props)) if (value !== undefined) options[key] = value;
      return options as WidgetOptions;
    }

    connectedCallback() {
      // Properties set before the element was upgraded are own properties shadowing the accessors: replay them.
      for (const key of OPTION_NAMES) {
        const self = this as unknown as Record<string, unknown>;
        if (Object.hasOwn(self, key)) {
          const value = self[key];
          delete self[key];
          self[key] = value;
        }
      }
      this.handle ??= mount(this, this.options());
    }

    disconnectedCallback() {
      queueMicrotask(() => {
        if (this.isConnected || !this.handle) return;
        this.handle.destroy();
        this.handle = null;
      });
    }

    attributeChangedCallback() {
      this.handle?.update(this.options());
    }

    async refresh() {
      await this.handle?.refresh();
    }

    setTheme(theme: ThemeInput) {
      this.theme = theme;
    }

    setLocale(locale: string | undefined) {
      this.locale = locale;
    }

    on<N extends WidgetEventName>(name: N, listener: WidgetListener<N>) {
      // `status` or `waypost:status`, as `handle.on()` and the `on` command take it.
      const event = `waypost:${String(name).replace(/^waypost:/, '')}`;
      const wrapped = (e: Event) => listener((e as CustomEvent).detail);
      this.addEventListener(event, wrapped);
      return () => this.removeEventListener(event, wrapped);
    }
  }
  for (const key of OPTION_NAMES) {
    Object.defineProperty(Tracker.prototype, key, {
      configurable: true,
      get(this: Tracker) {
        return this.props[key] ?? this.options()[key];
      },
      set(this: Tracker, value: unknown) {
        this.props = { ...this.props, [key]: value };
        this.handle?.update(this.options());
      },
    });
  }
  return Tracker;
}
