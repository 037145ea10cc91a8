/**
 * The stylesheets on-demand modules brought (`result.js`, `actions.js`), shared by every shadow root on the page:
 * each text once, in load order, with its constructable sheet where the browser has them, and the roots to tell
 * when another arrives.
 */
export const lazyStyles = {
  css: [] as string[],
  sheets: new Map<string, CSSStyleSheet>(),
  listeners: new Set<(css: string) => void>(),
};
