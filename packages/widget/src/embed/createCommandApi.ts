import type { WidgetHandle } from '../types/WidgetHandle.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import { BRAND } from './BRAND.js';
import { defineElement } from './defineElement.js';
import { mount } from './mount.js';
import { VERSION } from './VERSION.js';
import { warn } from './warn.js';

type Host = Element & { [BRAND.instance]?: WidgetHandle };

/** The script tag's global: `Waypost(command, ...args)`, plus `version` and `mount`. */
export interface WaypostCommandApi {
  (command: string, ...args: unknown[]): unknown;
  version: string;
  mount: typeof mount;
}

/**
 * Creates the `Waypost(command, ...args)` function of the script tag. Commands: `mount(target, options)` →
 * handle; `update(target, options)`; `refresh(target?)`; `setTheme(theme, target?)`; `setLocale(locale,
 * target?)`; `destroy(target?)`; `on(name, listener)` → unsubscribe (every instance on the page);
 * `defineElement(tag?)`. Without a target a command applies to every mounted instance. Never throws.
 *
 * @example Waypost('setTheme', 'dark') // every widget on the page, no remount
 */
export function createCommandApi(doc: Document): WaypostCommandApi {
  const mounted = new Set<Host>();
  const handles = (target: unknown): WidgetHandle[] => {
    const hosts: Host[] =
      target === undefined || target === null
        ? [...mounted, ...doc.querySelectorAll<Host>('waypost-tracker,[data-waypost]')]
        : typeof target === 'string'
          ? [...doc.querySelectorAll<Host>(target)]
          : [target as Host];
    return [...new Set(hosts.map((host) => host[BRAND.instance]).filter((handle) => handle !== undefined))];
  };
  const run = (command: string, args: unknown[]): unknown => {
    const [first, second] = args;
    switch (command) {
      case 'mount': {
        const handle = mount(first as string | Element, second as WidgetOptions);
        const host = typeof first === 'string' ? doc.querySelector(first) : (first as Host);
        if (host) mounted.add(host);
        return handle;
      }
      case 'update':
        for (const handle of handles(first)) handle.update(second as Partial<WidgetOptions>);
        return undefined;
      case 'refresh':
        return Promise.all(handles(first).map((handle) => handle.refresh()));
      case 'setTheme':
        for (const handle of handles(second)) handle.setTheme(first as string);
        return undefined;
      case 'setLocale':
        for (const handle of handles(second)) handle.setLocale(first as string | undefined);
        return undefined;
      case 'destroy':
        for (const handle of handles(first)) handle.destroy();
        for (const host of mounted) if (!host[BRAND.instance]) mounted.delete(host);
        return undefined;
      case 'on': {
        const type = `waypost:${String(first).replace(/^waypost:/, '')}`;
        const listener = (event: Event) => (second as (detail: unknown) => void)((event as CustomEvent).detail);
        doc.addEventListener(type, listener);
        return () => doc.removeEventListener(type, listener);
      }
      case 'defineElement':
        defineElement(first as string | undefined);
        return undefined;
      default:
        warn(`unknown command "${command}"`);
        return undefined;
    }
  };
  const api = ((command: string, ...args: unknown[]) => {
    try {
      return run(command, args);
    } catch (error) {
      console.error(`[waypost] command "${command}" failed`, error);
      return undefined;
    }
  }) as WaypostCommandApi;
  api.version = VERSION;
  api.mount = mount;
  Object.defineProperty(api, BRAND.registry, { value: VERSION });
  return api;
}
