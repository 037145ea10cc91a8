import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../components/useWidget.js';
import { getModuleBase } from './getModuleBase.js';
import type { LazyModules, LazyName } from './LazyModules.js';
import { loadedLazy } from './loadedLazy.js';
import { loadLazy } from './loadLazy.js';

/**
 * A module that loads after the first paint (an effect starts the load), once `wanted` is true: the module at
 * once when it has loaded before (no loading state flashes), `null` while loading, `false` when it could not be loaded (a `waypost:error` with `features_unavailable` is emitted; the
 * next time the record is shown again, as after "Try again", loads again).
 *
 * @example const records = useLazy('records', hasRecords); if (records) return <records.ReturnView value={value} />
 */
export function useLazy<N extends LazyName>(name: N, wanted = true): LazyModules[N] | null | false {
  const { store, emit } = useWidget();
  const base = getModuleBase(store.options.peek().assetsUrl, document.baseURI);
  const [loaded, setLoaded] = useState<LazyModules[N] | null | false>(
    () => (wanted && (loadedLazy.get(`${name} ${base}`) as LazyModules[N] | undefined)) || null,
  );
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadLazy(name, base).then(
      (module) => live && setLoaded(module),
      (error: unknown) => {
        if (!live) return;
        setLoaded(false);
        emit('error', { code: 'features_unavailable', message: String(error), error });
      },
    );
    return () => {
      live = false;
    };
  }, [name, wanted, store.updatedAt.value]);
  return loaded;
}
