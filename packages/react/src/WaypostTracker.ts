import { diffOptions, mount, type WidgetHandle, type WidgetOptions } from '@waypost/widget';
import { createElement, type ReactElement, useEffect, useImperativeHandle, useRef } from 'react';
import { getCallbackName } from './getCallbackName.js';
import type { WaypostTrackerCallbacks, WaypostTrackerProps } from './WaypostTrackerProps.js';
import { widgetEventNames } from './widgetEventNames.js';

type Listener = ((detail: never) => void) | undefined;
const callbackNames = new Set<string>(widgetEventNames.map(getCallbackName));

/**
 * The Waypost order tracker. Renders an empty `<div>` (on the server too, so hydration matches) and mounts the
 * widget into it after the first commit, in the browser only; props are the widget's options and reach it through
 * `handle.update()` when they change; each `on*` prop receives one widget event; unmounting destroys the widget.
 *
 * @example
 * <WaypostTracker endpoint="/apps/waypost" theme="auto" onStatus={(detail) => console.log(detail.state)} />
 */
export function WaypostTracker({ id, className, style, ref, ...rest }: WaypostTrackerProps): ReactElement {
  const options: Record<string, unknown> = {};
  const callbacks: Record<string, Listener> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (callbackNames.has(key)) callbacks[key] = value as Listener;
    else options[key] = value;
  }
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<WidgetHandle | null>(null);
  const applied = useRef<WidgetOptions>({});
  const latest = useRef<WaypostTrackerCallbacks>({});

  useImperativeHandle(
    ref,
    () => ({
      refresh: () => handle.current?.refresh() ?? Promise.resolve(),
      setTheme: (theme) => handle.current?.setTheme(theme),
      setLocale: (locale) => handle.current?.setLocale(locale),
    }),
    [],
  );

  // Runs before the mount effect, so the first events already find this render's callbacks.
  useEffect(() => {
    latest.current = callbacks;
    const patch = handle.current && diffOptions(applied.current, options);
    applied.current = options;
    if (patch) handle.current?.update(patch);
  });

  useEffect(() => {
    if (!host.current) return;
    const instance = mount(host.current, applied.current);
    handle.current = instance;
    const offs = widgetEventNames.map((name) =>
      instance.on(name, (detail) => {
        const callback = latest.current[getCallbackName(name)] as ((value: typeof detail) => void) | undefined;
        callback?.(detail);
      }),
    );
    return () => {
      for (const off of offs) off();
      instance.destroy();
      handle.current = null;
    };
  }, []);

  return createElement('div', { ref: host, id, className, style });
}
