import type { WidgetOptions } from '../types/WidgetOptions.js';

/** Attribute names (without any `data-` prefix), in the order the docs list them. */
export const ATTRIBUTES = [
  'endpoint',
  'order',
  'email',
  'postal-code',
  'tracking-number',
  'carrier',
  'token',
  'tokens',
  'order-url',
  'theme',
  'locale',
  'nonce',
  'assets-url',
  'time-zone',
  'brand-name',
  'brand-logo',
  'live',
  'timeline-limit',
] as const;

// Browsers hide a `nonce` attribute's value once the page has a CSP (the attribute reads as ""); the element's
// native `nonce` property keeps it. Our element defines its own `nonce` accessor, so call the native getter.
const nativeNonce = (element: Element) =>
  typeof HTMLElement === 'undefined'
    ? undefined
    : (Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'nonce')?.get?.call(element) as string | undefined);

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * Reads the widget's options from an element's attributes: `postal-code` on `<waypost-tracker>`, or
 * `data-postal-code` on a `[data-waypost]` element (pass `prefix: 'data-'`). Absent attributes come back as
 * `undefined`, so removing one clears its option on `update()`.
 *
 * @example readAttributes(element, 'data-') // { endpoint: '/apps/waypost', order: 'W1001', … }
 */
export function readAttributes(element: Element, prefix = ''): Partial<WidgetOptions> {
  const options: Record<string, unknown> = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(prefix + name) ?? undefined;
    if (name === 'nonce') options.nonce = value || (prefix ? undefined : nativeNonce(element) || undefined);
    else if (name === 'live') options.live = value === undefined ? undefined : value !== 'false';
    else if (name === 'tokens') options.tokens = value?.split(/\s+/).filter(Boolean);
    else if (name === 'timeline-limit') options.timelineLimit = value ? Number(value) || undefined : undefined;
    else if (!name.startsWith('brand')) options[camel(name)] = value;
  }
  const brandName = element.getAttribute(`${prefix}brand-name`);
  const logoUrl = element.getAttribute(`${prefix}brand-logo`);
  options.brand =
    brandName || logoUrl ? { ...(brandName ? { name: brandName } : {}), ...(logoUrl ? { logoUrl } : {}) } : undefined;
  return options as Partial<WidgetOptions>;
}
