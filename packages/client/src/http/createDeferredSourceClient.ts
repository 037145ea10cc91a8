import type { Source } from '../source/Source.js';
import { getCapabilities } from '../source/getCapabilities.js';
import type { ClientOptions } from './ClientOptions.js';
import type { StopWatching, WaypostClient } from './WaypostClient.js';

/**
 * The in-process client (`createClient({ source })`) behind a dynamic `import()`: verification, digests and the
 * source client load on the first call, so a browser bundle that only talks HTTP never carries them. Capabilities
 * are known at once; once loaded, every call (including `watch`) goes straight to the real client.
 *
 * @example const client = createDeferredSourceClient({ source: demoSource() }, demoSource())
 */
export function createDeferredSourceClient(options: ClientOptions, source: Source): WaypostClient {
  const capabilities = getCapabilities(source);
  let locale = options.locale;
  let client: WaypostClient | undefined;
  let loading: Promise<WaypostClient> | undefined;
  const load = () =>
    (loading ??= import('./createSourceClient.js').then(
      ({ createSourceClient }) => (client = createSourceClient({ ...options, locale }, source)),
    ));
  const run = <T>(call: (loaded: WaypostClient) => Promise<T>) => (client ? call(client) : load().then(call));

  return {
    capabilities,
    loadCapabilities: async () => capabilities,
    lookup: (query, request) => run((loaded) => loaded.lookup(query, request)),
    get: (kind, id, request) => run((loaded) => loaded.get(kind, id, request)),
    refresh: (result, request) => run((loaded) => loaded.refresh(result, request)),
    startReturn: (input, request) => run((loaded) => loaded.startReturn(input, request)),
    subscribeAlerts: (input, request) => run((loaded) => loaded.subscribeAlerts(input, request)),
    reportIssue: (input, request) => run((loaded) => loaded.reportIssue(input, request)),
    setLocale(next) {
      locale = next;
      client?.setLocale(next);
    },
    watch(result, listener, watchOptions) {
      if (client) return client.watch(result, listener, watchOptions);
      // Only reachable before any other call: the watch starts once the module is in.
      let stop: StopWatching | undefined;
      let stopped = false;
      load().then((loaded) => {
        if (!stopped) stop = loaded.watch(result, listener, watchOptions);
      }, watchOptions?.onError);
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
