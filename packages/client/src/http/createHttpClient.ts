import type { Capabilities } from '../model/Capabilities.js';
import type { LookupResult } from '../model/LookupResult.js';
import { parseModel } from '../model/parseModel.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import type { Validator } from '../model/validate/Validator.js';
import { getRoutePath } from '../protocol/getRoutePath.js';
import { ROUTES } from '../protocol/ROUTES.js';
import type { RouteSpec } from '../protocol/RouteSpec.js';
import { assertClientOptions } from './assertClientOptions.js';
import { assertWatchOptions } from './assertWatchOptions.js';
import type { ClientOptions } from './ClientOptions.js';
import { createCachedReader, type ReadOptions } from './createCachedReader.js';
import { createDedupe } from './createDedupe.js';
import { createRequester } from './createRequester.js';
import { createTokenStore } from './createTokenStore.js';
import type { WatchHub } from './createWatchHub.js';
import { getResourceId } from './getResourceId.js';
import { loadStreamWatch } from './loadStreamWatch.js';
import { mapHttpError } from './mapHttpError.js';
import { mapRequestError } from './mapRequestError.js';
import { parseJsonText } from './parseJsonText.js';
import { parseLookupResponse } from './parseLookupResponse.js';
import type { RequestOptions, StopWatching, WaypostClient } from './WaypostClient.js';

type Parse<T> = (body: unknown, what: string) => T;

const parseWith =
  <T>(schema: Validator<T>): Parse<T> =>
  (body, what) =>
    parseModel(schema, body, what);

/**
 * The client over the HTTP protocol v1 (see `createClient`).
 *
 * @example const client = createHttpClient({ endpoint: 'https://shop.example/apps/waypost' }, [base, query])
 */
export function createHttpClient(options: ClientOptions, [base, query]: [string, string]): WaypostClient {
  let locale = options.locale;
  let loaded: Capabilities | undefined;
  const getLocale = () => locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const send = createRequester({ ...options, base, query, timeout: options.timeout ?? 10_000, getLocale });
  const read = createCachedReader(send, options.cache === false ? 0 : (options.cache ?? 30_000));
  const tokens = createTokenStore();
  const lookups = createDedupe<LookupResult>();
  let hub: WatchHub | undefined;
  const streams = { open: 0, max: options.maxStreams, base, query };

  // Every path comes from its `ROUTES` entry, read by name so bundlers drop the input schemas. The type admits
  // only the table's POST routes (none has parameters), so the method below cannot drift from the table.
  const post = async <T>(
    { path }: RouteSpec & { methods: readonly ['POST'] },
    json: unknown,
    token: string | undefined,
    parse: Parse<T>,
    request?: RequestOptions,
  ) => parse((await send({ method: 'POST', path, json, token, ...request })).body, `POST ${path}`);
  const parseResource = parseWith(ROUTES.read.output);
  const parseEvent = parseWith(ROUTES.stream.output);
  const remember = (result: LookupResult) => {
    tokens.remember(result);
    return result;
  };
  const readResource = (kind: ResourceKind, id: string, request?: ReadOptions) =>
    read(getRoutePath(ROUTES.read, { kind, id }), tokens.get(kind, id), parseResource, request);
  const loadCapabilities = async (request?: RequestOptions) =>
    (loaded ??= await read(ROUTES.capabilities.path, undefined, parseWith(ROUTES.capabilities.output), request));
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
        async (signal) => remember(await post(ROUTES.lookup, query, undefined, parseLookup, { ...request, signal })),
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
      remember(
        await post(
          ROUTES.startReturn,
          input,
          tokens.get('order', input.orderId),
          parseWith(ROUTES.startReturn.output),
          request,
        ),
      ),
    subscribeAlerts: (input, request) =>
      post(
        ROUTES.subscribeAlerts,
        input,
        tokens.get(input.kind, input.id),
        parseWith(ROUTES.subscribeAlerts.output),
        request,
      ),
    reportIssue: (input, request) =>
      post(ROUTES.reportIssue, input, tokens.get(input.kind, input.id), parseWith(ROUTES.reportIssue.output), request),
    setLocale(next) {
      assertClientOptions({ locale: next }, 'setLocale');
      locale = next;
    },
    watch(result, listener, watchOptions) {
      assertWatchOptions(watchOptions);
      remember(result);
      const { kind } = result;
      const id = getResourceId(result);
      const path = getRoutePath(ROUTES.stream, { kind, id });
      const key = `${path}\n${tokens.get(kind, id) ?? ''}`;
      let stop: StopWatching | undefined;
      let stopped = false;
      // One stream per record and token, however many widgets watch it. Its code, the hub that shares it included,
      // loads on the first watch; watches that wait for it together join in the order they started.
      loadStreamWatch()
        .then(({ createStreamWatch, createWatchHub }) => {
          if (stopped) return;
          hub ??= createWatchHub();
          stop = hub(
            key,
            (shared, sharedOptions) =>
              createStreamWatch({
                result,
                listener: shared,
                options: sharedOptions,
                environment: options.environment,
                streams,
                poll: (signal) => readResource(kind, id, { signal, fresh: true }),
                path,
                fetch: options.fetch ?? fetch,
                getLocale,
                tokens,
                loadCapabilities,
                parseJson: parseJsonText,
                parseResource: parseEvent,
                mapError: mapRequestError,
                mapResponse: mapHttpError,
              }),
            listener,
            watchOptions,
          );
        })
        // The code could not load (or the watch could not start): this watch reports it; the next one loads again.
        .catch((error: unknown) => stopped || watchOptions?.onError?.(error));
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
