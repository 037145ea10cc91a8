import type { Page } from 'playwright-core';

/**
 * Names what has focus, for asserting where a keyboard or screen-reader user lands: `body` (focus was lost), or
 * inside the widget `<host id>` the focused element's tag, its `part` and its accessible text (an input's label,
 * anything else's text), as `input "Order number"` or `div[banner] "Something went wrong…"`.
 *
 * @default hostId 'w'
 * @example await expect.poll(() => getFocus(page)).toBe('input "Order number"')
 */
export function getFocus(page: Page, hostId = 'w'): Promise<string> {
  return page.evaluate((id) => {
    const host = document.getElementById(id);
    const outer = document.activeElement;
    if (!host || outer !== host) return outer ? outer.tagName.toLowerCase() : 'nothing';
    const active = host.shadowRoot?.activeElement;
    if (!active) return `#${id}`;
    const part = active.getAttribute('part');
    const label = active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : active.textContent;
    return `${active.tagName.toLowerCase()}${part ? `[${part}]` : ''} "${(label ?? '').trim()}"`;
  }, hostId);
}
