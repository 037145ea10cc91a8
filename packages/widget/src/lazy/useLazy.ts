import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../components/useWidget.js';
import type { AssetLoadError } from '../embed/AssetLoadError.js';
import { reportError } from '../embed/reportError.js';
import { getModuleBase } from './getModuleBase.js';
import type { LazyModules, LazyName } from './LazyModules.js';
import { loadedLazy } from './loadedLazy.js';
import { loadLazy } from './loadLazy.js';

/**
 * A module that loads after the first paint (an effect starts the load), once `wanted` is true: the module at
 * once when it has loaded before (no loading state flashes), `null` while loading, `false` when it could not be
 * loaded. A failure is reported as an `AssetLoadError` (one `[waypost]` console line and a `waypost:error` with
 * `features_unavailable`) unless `quiet` (another part reports it: the controller, for the result views). It loads
 * again, `null` meanwhile, the next time the record is shown (as after the result's "Try again") or when `attempt`
 * changes (a panel's own "Try again").
 *
 * @example const records = useLazy('records', hasRecords); if (records) return <records.ReturnView value={value} />
 */
export function useLazy<N extends LazyName>(
  name: N,
  wanted = true,
  quiet = false,
  attempt = 0,
): LazyModules[N] | null | false {
  const { store, emit } = useWidget();
  const base = getModuleBase(store.options.peek().assetsUrl, document.baseURI);
  // Loaded before, by this or any instance (or by the controller, for the result views): there at once.
  const ready = wanted ? (loadedLazy.get(`${name} ${base}`) as LazyModules[N] | undefined) : undefined;
  const [loaded, setLoaded] = useState<LazyModules[N] | null | false>(null);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    setLoaded(null);
    loadLazy(name, base).then(
      (module) => live && setLoaded(module),
      (error: AssetLoadError) => {
        if (!live) return;
        setLoaded(false);
        if (!quiet) reportError(emit, error);
      },
    );
    return () => {
      live = false;
    };
  }, [name, wanted, ready, store.updatedAt.value, attempt]);
  return ready ?? loaded;
}
