import { mount } from '../embed/mount.js';
import type { WidgetHandle } from '../types/WidgetHandle.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';

/** Mounts into a fresh `<div>` in the document and gives back the host, its shadow root and the handle. */
export function mountForTest(options: WidgetOptions): { host: HTMLElement; root: ShadowRoot; handle: WidgetHandle } {
  const host = document.createElement('div');
  document.body.append(host);
  const handle = mount(host, options);
  return { host, root: host.shadowRoot!, handle };
}

/** Lets queued microtasks and resolved promises run (the widget starts one microtask after mounting). */
export async function flush(times = 5): Promise<void> {
  for (let index = 0; index < times; index += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
