import type { Locator } from 'playwright-core';

/** What has keyboard focus inside a widget, as a screen reader would meet it. */
export interface Focused {
  /** Lower-case tag name (`button`, `h4`, `input`…), or `body` when focus left the widget. */
  tag: string;
  text: string;
  type: string | null;
  role: string | null;
  invalid: string | null;
  expanded: string | null;
  /** The text of the elements its `aria-describedby` names, joined by a space. */
  description: string;
}

/**
 * Reads the element that has focus inside the widget's shadow root; `tag: 'body'` when the page's focus is not in
 * the widget at all (it dropped to `<body>`).
 *
 * @example expect(await getFocused(host)).toMatchObject({ tag: 'h4', text: 'Review' })
 */
export function getFocused(host: Locator): Promise<Focused> {
  return host.evaluate((element) => {
    const root = element.shadowRoot;
    const active = document.activeElement === element ? root?.activeElement : null;
    if (!active || !root)
      return { tag: 'body', text: '', type: null, role: null, invalid: null, expanded: null, description: '' };
    const described = (active.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ');
    return {
      tag: active.tagName.toLowerCase(),
      text: (active.textContent ?? '').trim(),
      type: active.getAttribute('type'),
      role: active.getAttribute('role'),
      invalid: active.getAttribute('aria-invalid'),
      expanded: active.getAttribute('aria-expanded'),
      description: described,
    };
  });
}
