import { UnsupportedError } from '../errors/UnsupportedError.js';
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
import { createRequester } from './createRequester.js';
import { createTokenStore } from './createTokenStore.js';
import { createWatch } from './createWatch.js';
import { getResourceId } from './getResourceId.js';
import { openEventStream } from './openEventStream.js';
import { parseJsonText } from './parseJsonText.js';
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

  return {
    get capabilities() {
      return loaded;
    },
    loadCapabilities,
    lookup: async (query, request) => remember(await post('/lookup', query, undefined, parseLookupResult, request)),
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
      return createWatch({
        result,
        listener,
        options: watchOptions,
        environment: options.environment,
        poll: (signal) => readResource(kind, id, { signal, fresh: true }),
        async stream(signal, emit) {
          if (!(await loadCapabilities({ signal })).push) throw new UnsupportedError('push is off');
          const token = tokens.get(kind, id);
          const headers = {
            accept: 'text/event-stream',
            'accept-language': getLocale(),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          };
          await openEventStream(what, options.fetch ?? fetch, base + path, headers, signal, (event) => {
            if (event.type === 'update') emit(() => parseResource(parseJsonText(event.data, what), what));
          });
        },
      });
    },
  };
}
