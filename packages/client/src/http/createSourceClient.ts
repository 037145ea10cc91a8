import { InvalidRequestError } from '../errors/InvalidRequestError.js';
import { NotFoundError } from '../errors/NotFoundError.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';
import { VerificationError } from '../errors/VerificationError.js';
import type { Access } from '../model/Access.js';
import type { LookupResult, Resource } from '../model/LookupResult.js';
import { parseLookupResult } from '../model/parseLookupResult.js';
import { parseModel } from '../model/parseModel.js';
import { parseResource } from '../model/parseResource.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import { alertSubscriptionSchema, issueReceiptSchema } from '../model/schemas/actionSchemas.js';
import { getCapabilities } from '../source/getCapabilities.js';
import { resolveLookup } from '../source/resolveLookup.js';
import type { Source, SourceContext } from '../source/Source.js';
import type { ClientOptions } from './ClientOptions.js';
import { createWatch } from './createWatch.js';
import { getResourceId } from './getResourceId.js';
import { runWithSignal } from './runWithSignal.js';
import type { RequestOptions, WaypostClient } from './WaypostClient.js';

const tokenLifetime = 15 * 60_000;

/**
 * The client over a `Source` in the same process (see `createClient`). Tokens are random ids that only this
 * client knows, so a `{ token }` lookup resolves only tokens it issued itself.
 *
 * @example const client = createSourceClient({ source: demoSource() }, demoSource())
 */
export function createSourceClient(options: ClientOptions, source: Source): WaypostClient {
  let locale = options.locale;
  const issued = new Map<string, { kind: ResourceKind; id: string; expires: number }>();
  const capabilities = getCapabilities(source);

  const call = <T>(what: string, run: (context: SourceContext) => Promise<T>, request?: RequestOptions) =>
    runWithSignal(what, (signal) => run({ signal, locale }), request, options.timeout);
  const issue = (resource: Resource, what: string): LookupResult => {
    const expires = Date.now() + tokenLifetime;
    const access: Access = { token: crypto.randomUUID(), expiresAt: new Date(expires).toISOString() };
    const result = parseLookupResult({ ...resource, access }, what);
    issued.set(access.token, { kind: result.kind, id: getResourceId(result), expires });
    return result;
  };
  const readResource = async (kind: ResourceKind, id: string, context: SourceContext) => {
    const resource = await source.get(kind, id, context);
    if (!resource) throw new NotFoundError(`${source.name}: no ${kind} ${id}`);
    return parseResource(resource, `${source.name} ${kind} ${id}`);
  };
  const require = <K extends 'startReturn' | 'subscribeAlerts' | 'reportIssue'>(name: K) => {
    const method = source[name];
    if (!method) throw new UnsupportedError(`${source.name} does not offer ${name}`);
    return method.bind(source) as NonNullable<Source[K]>;
  };

  return {
    capabilities,
    loadCapabilities: async () => capabilities,
    lookup: (query, request) =>
      call(
        'lookup',
        async (context) => {
          if (typeof query !== 'object' || query === null) throw new InvalidRequestError('lookup: the query is empty');
          if (!('token' in query)) return issue(await resolveLookup(source, query, context), 'lookup');
          const grant = issued.get(query.token);
          if (!grant || grant.expires <= Date.now())
            throw new VerificationError('lookup: the token is unknown or expired');
          const resource = await readResource(grant.kind, grant.id, context);
          return { ...resource, access: { token: query.token, expiresAt: new Date(grant.expires).toISOString() } };
        },
        request,
      ),
    get: (kind, id, request) => call(`get ${kind}`, (context) => readResource(kind, id, context), request),
    refresh: (result, request) =>
      call(
        'refresh',
        async (context) => ({
          ...(await readResource(result.kind, getResourceId(result), context)),
          access: result.access,
        }),
        request,
      ),
    startReturn: (input, request) =>
      call(
        'startReturn',
        async (context) => issue(await require('startReturn')(input, context), 'startReturn'),
        request,
      ),
    subscribeAlerts: (input, request) =>
      call(
        'subscribeAlerts',
        async (context) =>
          parseModel(alertSubscriptionSchema, await require('subscribeAlerts')(input, context), 'alerts'),
        request,
      ),
    reportIssue: (input, request) =>
      call(
        'reportIssue',
        async (context) => parseModel(issueReceiptSchema, await require('reportIssue')(input, context), 'issues'),
        request,
      ),
    setLocale(next) {
      locale = next;
    },
    watch(result, listener, watchOptions) {
      const { kind } = result;
      const id = getResourceId(result);
      const subscribe = source.subscribe?.bind(source);
      return createWatch({
        result,
        listener,
        options: watchOptions,
        environment: options.environment,
        poll: (signal) => readResource(kind, id, { signal, locale }),
        stream: subscribe
          ? (signal, emit) =>
              new Promise<undefined>(() => {
                const unsubscribe = subscribe(kind, id, (resource) =>
                  emit(() => parseResource(resource, `${kind} ${id}`)),
                );
                signal.addEventListener('abort', unsubscribe, { once: true });
              })
          : undefined,
      });
    },
  };
}
