import { getCapabilities } from '../source/getCapabilities.js';
import type { Source } from '../source/Source.js';
import { assertClientOptions } from './assertClientOptions.js';
import { assertWatchOptions } from './assertWatchOptions.js';
import type { ClientOptions } from './ClientOptions.js';
import type { StopWatching, WaypostClient } from './WaypostClient.js';

// The calls that wait for the in-process client to load, then go straight to it.
const calls = ['lookup', 'get', 'refresh', 'startReturn', 'subscribeAlerts', 'reportIssue'] as const;

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
  // A load that failed (a chunk the network dropped) is forgotten, so the next call tries again.
  const load = () =>
    (loading ??= import('./createSourceClient.js').then(
      ({ createSourceClient }) => (client = createSourceClient({ ...options, locale }, source)),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  const deferred: Record<string, unknown> = {
    capabilities,
    loadCapabilities: async () => capabilities,
    setLocale(next: string | undefined) {
      assertClientOptions({ locale: next }, 'setLocale');
      locale = next;
      client?.setLocale(next);
    },
    watch(...args: Parameters<WaypostClient['watch']>): StopWatching {
      assertWatchOptions(args[2]);
      if (client) return client.watch(...args);
      // Reachable only before any other call: the watch starts once the module is in.
      let stop: StopWatching | undefined;
      let stopped = false;
      // A failed load, or a watch that refuses to start, goes to `onError`, unless the watch was stopped first.
      load()
        .then((loaded) => {
          if (!stopped) stop = loaded.watch(...args);
        })
        .catch((error: unknown) => {
          if (!stopped) args[2]?.onError?.(error);
        });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
  for (const name of calls) {
    deferred[name] = (...args: unknown[]) => {
      const call = (loaded: WaypostClient) => (loaded[name] as (...input: unknown[]) => Promise<unknown>)(...args);
      return client ? call(client) : load().then(call);
    };
  }
  return deferred as unknown as WaypostClient;
}
