import { createElementClass } from './createElementClass.js';

/**
 * Registers `<waypost-tracker>` (or `tag`) once, however often it is called, by this copy or another version
 * of the widget on the page (the first registration wins; `customElements.get` guards the rest). Does nothing
 * where custom elements do not exist (Node, server rendering).
 *
 * @example defineElement() // <waypost-tracker endpoint="/apps/waypost"></waypost-tracker>
 */
export function defineElement(tag = 'waypost-tracker'): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, createElementClass());
}
