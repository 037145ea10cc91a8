import { lazyStyles } from './lazyStyles.js';

/**
 * Adds an on-demand module's stylesheet to every widget on the page, now and to come (once per text). Like the
 * bundled sheets it is a constructable stylesheet, or a `<style nonce>` inside the shadow root where those are
 * missing, so a strict `style-src` without `unsafe-inline` still applies it.
 *
 * @example addStyles(module.css)
 */
export function addStyles(css: string): void {
  if (lazyStyles.css.includes(css)) return;
  lazyStyles.css.push(css);
  for (const listener of lazyStyles.listeners) listener(css);
}
