import type { Capabilities } from '../model/Capabilities.js';
import type { LookupResult } from '../model/LookupResult.js';
import { parseLookupResult } from '../model/parseLookupResult.js';
import { parseModel } from '../model/parseModel.js';
import { parseResource } from '../model/parseResource.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import { alertSubscriptionSchema, issueReceiptSchema } from '../model/schemas/actionSchemas.js';
import { capabilitiesSchema } from '../model/schemas/capabilitiesSchema.js';
import type { Validator } from '../model/validate/Validator.js';
import type { ClientOptions } from './ClientOptions.js';
import { createCachedReader, type ReadOptions } from './createCachedReader.js';
import { createDedupe } from './createDedupe.js';
import { createRequester } from './createRequester.js';
import { createTokenStore } from './createTokenStore.js';
import { createWatchHub, type StartWatch } from './createWatchHub.js';
import { getResourceId } from './getResourceId.js';
import { loadStreamWatch } from './loadStreamWatch.js';
import { mapRequestError } from './mapRequestError.js';
import { openEventStream } from './openEventStream.js';
import { parseJsonText } from './parseJsonText.js';
import { parseLookupResponse } from './parseLookupResponse.js';
import type { RequestOptions, WaypostClient } from './WaypostClient.js';

type Parse<T> = (body: unknown, what: string) => T;

const parseWith =
  <T>(schema: Validator<T>): Parse<T> =>
  (body, what) =>
    parseModel(schema, body, what);

/**
 * The client over the HTTP protocol v1 (see `createClient`).
 *
 * @example const client = createHttpClient({ endpoint: 'https://shop.example/apps/waypost' }, base)
 */
export function createHttpClient(options: ClientOptions, base: string): WaypostClient {
  let locale = options.locale;
  let loaded: Capabilities | undefined;
  const getLocale = () => locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const send = createRequester({ ...options, base, timeout: options.timeout ?? 10_000, getLocale });
  const read = createCachedReader(send, options.cache === false ? 0 : (options.cache ?? 30_000));
  const tokens = createTokenStore();
  const lookups = createDedupe<LookupResult>();
  const hub = createWatchHub();

  const post = async <T>(
    path: string,
    json: unknown,
    token: string | undefined,
    parse: Parse<T>,
    request?: RequestOptions,
  ) => parse((await send({ method: 'POST', path, json, token, ...request })).body, `POST ${path}`);
  const remember = (result: LookupResult) => {
    tokens.remember(result);
    return result;
  };
  const readResource = (kind: ResourceKind, id: string, request?: ReadOptions) =>
    read(`/${kind}s/${encodeURIComponent(id)}`, tokens.get(kind, id), parseResource, request);
  const loadCapabilities = async (request?: RequestOptions) =>
    (loaded ??= await read('/capabilities', undefined, parseWith(capabilitiesSchema), request));
  // A lookup answer may carry the capabilities, validated like the rest: no GET /capabilities then.
  const parseLookup: Parse<LookupResult> = (body, what) => {
    const { result, capabilities } = parseLookupResponse(body, what);
    loaded = capabilities ?? loaded;
    return result;
  };

  return {
    get capabilities() {
      return loaded;
    },
    loadCapabilities,
    // Identical concurrent lookups (every widget of one order on a page) share one request.
    lookup: (query, request) =>
      lookups(
        `${getLocale()}\n${JSON.stringify(query)}`,
        async (signal) => remember(await post('/lookup', query, undefined, parseLookup, { ...request, signal })),
        request?.signal,
        'POST /lookup',
      ),
    get: readResource,
    async refresh(result, request) {
      remember(result);
      return {
        ...(await readResource(result.kind, getResourceId(result), { ...request, fresh: true })),
        access: result.access,
      } as LookupResult;
    },
    startReturn: async (input, request) =>
      remember(await post('/returns', input, tokens.get('order', input.orderId), parseLookupResult, request)),
    subscribeAlerts: (input, request) =>
      post('/alerts', input, tokens.get(input.kind, input.id), parseWith(alertSubscriptionSchema), request),
    reportIssue: (input, request) =>
      post('/issues', input, tokens.get(input.kind, input.id), parseWith(issueReceiptSchema), request),
    setLocale(next) {
      locale = next;
    },
    watch(result, listener, watchOptions) {
      remember(result);
      const { kind } = result;
      const id = getResourceId(result);
      const path = `/stream/${kind}/${encodeURIComponent(id)}`;
      const what = `GET ${path}`;
      // One stream per record and token, however many widgets watch it; its code loads on the first watch.
      const start: StartWatch = async (shared, sharedOptions) =>
        (await loadStreamWatch()).createStreamWatch({
          result,
          listener: shared,
          options: sharedOptions,
          environment: options.environment,
          poll: (signal) => readResource(kind, id, { signal, fresh: true }),
          async open(signal) {
            if (!(await loadCapabilities({ signal })).push) return false;
            const token = tokens.get(kind, id);
            const headers = {
              accept: 'text/event-stream',
              'accept-language': getLocale(),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            };
            return openEventStream(what, options.fetch ?? fetch, base + path, headers, signal);
          },
          parse: (data) => parseResource(parseJsonText(data, what), what),
          mapError: (error, signal) => mapRequestError(error, what, signal),
        });
      return hub(`${path}\n${tokens.get(kind, id) ?? ''}`, start, listener, watchOptions);
    },
  };
}
