import type { Capabilities, IssueType } from '@waypost/client';
import type { IssueRoute } from './IssueRoute.js';
import { isHttpUrl } from './shared.js';

/**
 * Where a problem type goes: the retailer's `issueRouting` for that type, else its `default`, else the API when
 * the backend takes reports, else the order's support page. An `'api'` route the backend does not serve falls
 * back the same way; a `{ url }` that is not http/https is ignored. `null` when nothing can take the report.
 *
 * @example getIssueRoute('damaged', { damaged: { url: 'https://shop.example/claims' } }, capabilities) // { url: … }
 */
export function getIssueRoute(
  type: IssueType,
  routing: Partial<Record<IssueType | 'default', IssueRoute>> | undefined,
  capabilities: Capabilities | null,
  supportUrl?: string,
): IssueRoute | null {
  const fallback: IssueRoute | null = capabilities?.issues ? 'api' : isHttpUrl(supportUrl) ? { url: supportUrl } : null;
  const route = routing?.[type] ?? routing?.default ?? fallback;
  if (route === 'api') return capabilities?.issues ? route : isHttpUrl(supportUrl) ? { url: supportUrl } : null;
  if (route && 'url' in route) return isHttpUrl(route.url) ? route : fallback;
  return route && typeof route.callback === 'function' ? route : fallback;
}
