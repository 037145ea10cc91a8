import { RESOURCE_KINDS, type ResourceKind } from '../model/ResourceKind.js';
import { WEBHOOK_PROVIDERS, type WebhookProvider } from '../model/WebhookProvider.js';
import { ROUTES, type RouteName } from '../protocol/ROUTES.js';

/** A request's route of protocol v1: its `ROUTES` name, the methods it answers and its checked parameters. */
export interface Route {
  name: RouteName;
  methods: readonly string[];
  kind?: ResourceKind;
  id?: string;
  provider?: WebhookProvider;
  token?: string;
}

const includes =
  <T extends string>(list: readonly T[]) =>
  (raw: string) =>
    (list as readonly string[]).includes(raw) ? (raw as T) : null;

// Each parameter's check, given the raw segment text: the value, or null when the path is not this route's.
const params: Record<string, (raw: string) => string | null> = {
  kind: includes(RESOURCE_KINDS),
  provider: includes(WEBHOOK_PROVIDERS),
  token: (raw) => (/^[\w-]+\.[\w-]+$/.test(raw) ? raw : null),
  id(raw) {
    try {
      const id = decodeURIComponent(raw);
      // Control characters have no place in an id, and long ids are a cheap way to bloat logs and keys.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them
      return id.length <= 256 && !/[\u0000-\u001f\u007f]/.test(id) ? id : null;
    } catch {
      return null;
    }
  },
};

// The table's paths as patterns, built once: `{name}` matches a non-empty part of one segment.
const patterns = Object.entries(ROUTES).map(([name, route]) => {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, param: string) => {
    names.push(param);
    return '([^/]+)';
  });
  return { name: name as RouteName, methods: route.methods, names, pattern: new RegExp(`^${source}$`) };
});

/**
 * Finds the route of a path below `basePath` (`''`, or a prefix such as `/api/waypost` with no trailing slash)
 * in `ROUTES`, or `null` for a path the protocol does not have.
 *
 * @example matchRoute('/api/waypost/orders/ord_1', '/api/waypost') // { name: 'read', kind: 'order', id: 'ord_1', … }
 */
export function matchRoute(pathname: string, basePath: string): Route | null {
  if (basePath !== '' && !pathname.startsWith(`${basePath}/`)) return null;
  const rest = pathname.slice(basePath.length);
  search: for (const { name, methods, names, pattern } of patterns) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const route: Route = { name, methods };
    for (const [index, param] of names.entries()) {
      const value = params[param]!(match[index + 1]!);
      if (value === null) continue search;
      (route as unknown as Record<string, string>)[param] = value;
    }
    return route;
  }
  return null;
}
