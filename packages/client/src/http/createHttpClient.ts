import { UnsupportedError } from '../errors/UnsupportedError.js';
import type { Capabilities } from '../model/Capabilities.js';
import type { LookupResult } from '../model/LookupResult.js';
import { parseLookupResult } from '../model/parseLookupResult.js';
import { parseModel } from '../model/parseModel.js';
import { parseResource } from '../model/parseResource.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import { alertSubscriptionSchema, issueReceiptSchema } from '../model/schemas/actionSchemas.js';
import { capabilitiesSchema } from '../model/schemas/capabilitiesSchema.js';
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

const parseCapabilities: Parse<Capabilities> = (body, what) => parseModel(capabilitiesSchema, body, what);

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
  const readResource = async (kind: ResourceKind, id: string, request?: ReadOptions) =>
    (await read(`/${kind}s/${encodeURIComponent(id)}`, tokens.get(kind, id), parseResource, request)).value;
  const loadCapabilities = async (request?: RequestOptions) =>
    (loaded ??= (await read('/capabilities', undefined, parseCapabilities, request)).value);

  return {
    get capabilities() {
      return loaded;
    },
    lookup: async (query, request) => remember(await post('/lookup', query, undefined, parseLookupResult, request)),
    get: readResource,
    async refresh(result, request) {
      tokens.remember(result);
      const resource = await readResource(result.kind, getResourceId(result), { ...request, fresh: true });
      return { ...resource, access: result.access } as LookupResult;
    },
    loadCapabilities,
    startReturn: async (input, request) =>
      remember(await post('/returns', input, tokens.get('order', input.orderId), parseLookupResult, request)),
    subscribeAlerts: (input, request) =>
      post(
        '/alerts',
        input,
        tokens.get(input.kind, input.id),
        (body, what) => parseModel(alertSubscriptionSchema, body, what),
        request,
      ),
    reportIssue: (input, request) =>
      post(
        '/issues',
        input,
        tokens.get(input.kind, input.id),
        (body, what) => parseModel(issueReceiptSchema, body, what),
        request,
      ),
    setLocale(next) {
      locale = next;
    },
    watch(result, listener, watchOptions) {
      tokens.remember(result);
      const { kind } = result;
      const id = getResourceId(result);
      const path = `/stream/${kind}/${encodeURIComponent(id)}`;
      return createWatch({
        result,
        listener,
        options: watchOptions,
        environment: options.environment,
        poll: (signal) => readResource(kind, id, { signal, fresh: true }),
        async stream(signal, emit) {
          if (!(await loadCapabilities({ signal })).push) throw new UnsupportedError('push is off');
          const headers = { 'accept-language': getLocale() };
          await openEventStream(options.fetch ?? fetch, base + path, headers, tokens.get(kind, id), signal, (event) => {
            const what = `GET ${path}`;
            if (event.type === 'update') emit(() => parseResource(parseJsonText(event.data, what), what));
          });
        },
      });
    },
  };
}
