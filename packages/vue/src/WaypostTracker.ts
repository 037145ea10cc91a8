import { diffOptions, mount, type WidgetHandle, type WidgetOptions } from '@waypost/widget';
import { defineComponent, h, onBeforeUnmount, onMounted, ref, toRaw, watch } from 'vue';
import type { WaypostTrackerExposed } from './WaypostTrackerExposed.js';
import { waypostTrackerEmits } from './waypostTrackerEmits.js';
import { waypostTrackerProps } from './waypostTrackerProps.js';
import { widgetEventNames } from './widgetEventNames.js';

/**
 * The Waypost order tracker. Renders an empty `<div>` (on the server too, so hydration matches; `class`, `id` and
 * `style` fall through to it) and mounts the widget into it in `onMounted`, which runs in the browser only. Props
 * are the widget's options and reach it through `handle.update()` when they change; each widget event is emitted
 * under its own name; unmounting destroys the widget.
 *
 * @example
 * <WaypostTracker endpoint="/apps/waypost" theme="auto" @status="(detail) => console.log(detail.state)" />
 */
export const WaypostTracker = defineComponent({
  name: 'WaypostTracker',
  props: waypostTrackerProps,
  emits: waypostTrackerEmits,
  setup(props, { emit, expose }) {
    const host = ref<HTMLDivElement | null>(null);
    let handle: WidgetHandle | null = null;
    let applied: WidgetOptions = {};
    const offs: Array<() => void> = [];

    // Only the options given: an absent prop stays absent, so the widget applies its own default. `toRaw` hands
    // the widget the app's own objects rather than Vue's reactive proxies of them.
    const readOptions = (): WidgetOptions =>
      Object.fromEntries(
        Object.entries(props)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, toRaw(value)]),
      );

    onMounted(() => {
      if (!host.value) return;
      applied = readOptions();
      handle = mount(host.value, applied);
      for (const name of widgetEventNames) {
        offs.push(handle.on(name, (detail) => (emit as (event: string, value: unknown) => void)(name, detail)));
      }
    });

    watch(readOptions, (next) => {
      const patch = handle && diffOptions(applied, next);
      applied = next;
      if (patch) handle?.update(patch);
    });

    onBeforeUnmount(() => {
      for (const off of offs.splice(0)) off();
      handle?.destroy();
      handle = null;
    });

    expose({
      refresh: () => handle?.refresh() ?? Promise.resolve(),
      setTheme: (theme) => handle?.setTheme(theme),
      setLocale: (locale) => handle?.setLocale(locale),
    } satisfies WaypostTrackerExposed);

    return () => h('div', { ref: host });
  },
});
