import type { Messages } from './en.js';

/**
 * The catalog of English, whose text is the fallback itself: one object, so that showing English again (the locale
 * every widget resolves at mount) leaves the store's catalog as it is and renders nothing twice.
 */
export const NO_CATALOG: Messages = {};
