import type { ThemeInput } from '../styles/getThemeCss.js';
import type { WidgetEventName } from './WidgetEvents.js';
import type { WidgetListener } from './WidgetListener.js';
import type { WidgetOptions } from './WidgetOptions.js';

/** What `mount()` returns: one widget instance. Every method is safe to call after `destroy()` (it does nothing). */
export interface WidgetHandle {
  /** Changes options; only what changed is redone (a new order or token looks up again, a theme restyles). */
  update(options: Partial<WidgetOptions>): void;
  /** Reads the shown record again (or repeats the last lookup after an error). */
  refresh(): Promise<void>;
  /** Replaces the theme layer in place, without a remount (a host switching dark mode with a class). */
  setTheme(theme: ThemeInput): void;
  /** Switches language (and `Accept-Language`); `undefined` resolves it from the page again. */
  setLocale(locale: string | undefined): void;
  /**
   * Listens to an event (`ready`, `lookup`, `status`, `eta-changed`, `action`, `error`); returns the unsubscribe.
   * @example const off = handle.on('status', (detail) => console.log(detail.state))
   */
  on<N extends WidgetEventName>(name: N, listener: WidgetListener<N>): () => void;
  /** Unmounts: releases every listener, timer, watch and request and leaves no node behind. Idempotent. */
  destroy(): void;
}
