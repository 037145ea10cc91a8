import type { Page } from 'playwright-core';

/**
 * Reads computed style properties of an element inside a widget's shadow root (`inner` is a selector there;
 * `[part~="root"]` by default). Throws when the host has no open shadow root or the element is missing, so a
 * widget that failed to render fails loudly.
 *
 * @example const { direction } = await readShadowStyle(page, '#w', ['direction'])
 */
export function readShadowStyle(
  page: Page,
  host: string,
  properties: string[],
  inner = '[part~="root"]',
): Promise<Record<string, string>> {
  return page.evaluate(
    ([hostSelector, innerSelector, names]) => {
      const root = document.querySelector(hostSelector)?.shadowRoot;
      if (!root) throw new Error(`[waypost] ${hostSelector} has no open shadow root`);
      const element = root.querySelector(innerSelector);
      if (!element) throw new Error(`[waypost] no ${innerSelector} inside ${hostSelector}`);
      const style = getComputedStyle(element);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    },
    [host, inner, properties] as const,
  );
}
