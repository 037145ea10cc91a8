import type { RouteSpec } from './RouteSpec.js';

/**
 * The path of a `ROUTES` entry with its `{name}` parameters filled in, each URL-encoded.
 *
 * @example getRoutePath(ROUTES.stream, { kind: 'order', id: 'ord 1' }) // '/stream/order/ord%201'
 */
export function getRoutePath(route: RouteSpec, params: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] as string));
}
