import type { CorsOptions } from './CorsOptions.js';

/**
 * Whether a request's `Origin` is on the allowlist. No `cors` option means same-origin only.
 *
 * @example isOriginAllowed({ origins: ['https://shop.example'] }, 'https://shop.example') // true
 */
export function isOriginAllowed(cors: CorsOptions | undefined, origin: string | null): origin is string {
  if (!cors || !origin || origin === 'null') return false;
  if (typeof cors.origins === 'function') return cors.origins(origin) === true;
  const wanted = origin.toLowerCase();
  return cors.origins.some((entry) => entry === '*' || entry.toLowerCase().replace(/\/+$/, '') === wanted);
}
