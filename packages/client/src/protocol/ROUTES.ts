import { alertSubscriptionSchema, issueReceiptSchema } from '../model/schemas/actionSchemas.js';
import { capabilitiesSchema } from '../model/schemas/capabilitiesSchema.js';
import { lookupResultSchema } from '../model/schemas/lookupResultSchema.js';
import { resourceSchema } from '../model/schemas/resourceSchema.js';
import { alertSubscriptionInputSchema } from './alertSubscriptionInputSchema.js';
import { issueReportInputSchema } from './issueReportInputSchema.js';
import { lookupQueryInputSchema } from './lookupQueryInputSchema.js';
import type { RouteSpec } from './RouteSpec.js';
import { startReturnInputSchema } from './startReturnInputSchema.js';
import { streamManyInputSchema } from './streamManyInputSchema.js';

/**
 * Every route of protocol v1, declared once: the handler matches requests against it and the HTTP client builds
 * its requests from it, so a method or a path is written here only. Each entry is named after the client method
 * that calls it (webhooks and unsubscribe links have no client method). Read entries by name (`ROUTES.lookup`),
 * never by a computed key or a loop in browser code: bundlers then drop the input schemas, which only the handler
 * runs. Parameters: `kind` is a `ResourceKind` (`{kind}s` is its plural), `id` a record id, `provider` a
 * `WebhookProvider`, `token` a signed unsubscribe token.
 *
 * @example getRoutePath(ROUTES.read, { kind: 'order', id: 'ord_1' }) // '/orders/ord_1'
 */
export const ROUTES = {
  lookup: { methods: ['POST'], path: '/lookup', input: lookupQueryInputSchema, output: lookupResultSchema },
  capabilities: { methods: ['GET'], path: '/capabilities', output: capabilitiesSchema },
  read: { methods: ['GET'], path: '/{kind}s/{id}', output: resourceSchema },
  stream: { methods: ['GET'], path: '/stream/{kind}/{id}', output: resourceSchema },
  streamMany: { methods: ['POST'], path: '/stream', input: streamManyInputSchema, output: resourceSchema },
  startReturn: { methods: ['POST'], path: '/returns', input: startReturnInputSchema, output: lookupResultSchema },
  subscribeAlerts: {
    methods: ['POST'],
    path: '/alerts',
    input: alertSubscriptionInputSchema,
    output: alertSubscriptionSchema,
  },
  reportIssue: { methods: ['POST'], path: '/issues', input: issueReportInputSchema, output: issueReceiptSchema },
  webhook: { methods: ['POST'], path: '/webhooks/{provider}' },
  unsubscribe: { methods: ['GET', 'POST'], path: '/unsubscribe/{token}' },
} as const satisfies Record<string, RouteSpec>;

/** The name of a route of `ROUTES`. */
export type RouteName = keyof typeof ROUTES;
