import type { WidgetHandle } from '../types/WidgetHandle.js';
import { BRAND } from './BRAND.js';
import { mount } from './mount.js';
import { ATTRIBUTES, readAttributes } from './readAttributes.js';
import { VERSION } from './VERSION.js';

type Host = Element & { [BRAND.instance]?: WidgetHandle };

const selector = '[data-waypost]';

/**
 * Mounts every `[data-waypost]` element of `doc`, now and whenever one is added (SPA navigation, Turbo or
 * Astro body swaps), with one `MutationObserver`. `data-*` attributes mirror the element's attributes and are
 * watched; a removed element is released one microtask later unless it came back (a move). An element whose
 * `data-waypost` names a version (`data-waypost="0.1.0"`) is left to that version's copy. Returns a function
 * that stops observing.
 *
 * @example const stop = observeDataElements(document)
 */
export function observeDataElements(doc: Document): () => void {
  const mountElement = (element: Host) => {
    const pinned = element.getAttribute('data-waypost');
    if (element[BRAND.instance] || (pinned && pinned !== VERSION)) return;
    mount(element, readAttributes(element, 'data-'));
  };
  const within = (node: Node): Host[] => {
    if (node.nodeType !== 1) return [];
    const element = node as Host;
    const found = [...element.querySelectorAll<Host>(selector)];
    return element.matches(selector) ? [element, ...found] : found;
  };
  const scan = () => {
    for (const element of doc.querySelectorAll<Host>(selector)) mountElement(element);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const element = record.target as Host;
        if (!element.hasAttribute('data-waypost')) continue;
        if (element[BRAND.instance] && record.attributeName !== 'data-waypost') {
          element[BRAND.instance]?.update(readAttributes(element, 'data-'));
        } else mountElement(element);
        continue;
      }
      for (const node of record.addedNodes) for (const element of within(node)) mountElement(element);
      for (const node of record.removedNodes) {
        for (const element of within(node)) {
          queueMicrotask(() => {
            if (!element.isConnected) element[BRAND.instance]?.destroy();
          });
        }
      }
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-waypost', ...ATTRIBUTES.map((name) => `data-${name}`)],
  });
  scan();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', scan, { once: true });
  return () => {
    observer.disconnect();
    doc.removeEventListener('DOMContentLoaded', scan);
  };
}
