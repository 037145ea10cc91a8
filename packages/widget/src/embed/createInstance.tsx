import { createClient, type WaypostClient } from '@waypost/client';
import { render } from 'preact';
import { App } from '../components/App.js';
import { getDefaultAssetsUrl } from '../i18n/assetsUrl.js';
import type { Messages } from '../i18n/en.js';
import { loadCatalog } from '../i18n/loadCatalog.js';
import { NO_CATALOG } from '../i18n/NO_CATALOG.js';
import { resolveLocale } from '../i18n/resolveLocale.js';
import { getModuleBase } from '../lazy/getModuleBase.js';
import type { LazyModules } from '../lazy/LazyModules.js';
import { liveAssets } from '../lazy/liveAssets.js';
import { loadedLazy } from '../lazy/loadedLazy.js';
import { loadLazy } from '../lazy/loadLazy.js';
import { loadLiveWatch } from '../lazy/loadLiveWatch.js';
import { createController } from '../state/createController.js';
import { createStore } from '../state/createStore.js';
import { getDeepLinkToken } from '../state/getDeepLinkToken.js';
import { getPresetQuery } from '../state/getPresetQuery.js';
import { adoptStyles } from '../styles/adoptStyles.js';
import { getThemeCss, type ThemeInput } from '../styles/getThemeCss.js';
import { loadPreset } from '../styles/loadPreset.js';
import type { WidgetHandle } from '../types/WidgetHandle.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import type { AssetLoadError } from './AssetLoadError.js';
import { createEmitter } from './createEmitter.js';
import { emitAfterRender } from './emitAfterRender.js';
import { getSharedClient } from './getSharedClient.js';
import { logError } from './logError.js';
import { reportError } from './reportError.js';
import { toAssetError } from './toAssetError.js';
import { VERSION } from './VERSION.js';
import { DEV, warn } from './warn.js';

const queryKeys = ['token', 'order', 'email', 'postalCode', 'trackingNumber', 'carrier'] as const;
const clientKeys = ['endpoint', 'client'] as const;

/**
 * Mounts one widget into `host`'s (open) shadow root. Internal: `mount()` adds target resolution, reuse of an
 * existing instance and the never-throw guarantee.
 */
export function createInstance(host: HTMLElement, initial: WidgetOptions): WidgetHandle {
  const doc = host.ownerDocument;
  const win = doc.defaultView ?? window;
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const emitter = createEmitter(host);
  const pickLocale = (options: WidgetOptions) =>
    resolveLocale({
      requested: options.locale,
      documentLang: doc.documentElement.lang,
      preferred: win.navigator.languages,
    });
  const store = createStore(initial, 'en');
  // The locale requests are sent in, resolved at once; the store's locale (what is shown) follows once its
  // catalog has loaded, so a first lookup never goes out in English on a Spanish page.
  let requestLocale = pickLocale(initial);
  const styles = adoptStyles(root, { nonce: initial.nonce });
  let client: WaypostClient | null = null;
  let destroyed = false;
  let localeRequest = 0;
  // The latest `applyLocale`: it settles when its catalog is shown (or has failed), never rejects.
  let localeLoad: Promise<void> = Promise.resolve();
  let themeRequest = 0;
  // The folder on-demand files load from by URL: `assetsUrl`, else the script tag's own folder. None on the npm
  // path, where catalogs and presets are chunks of the app's bundle.
  const getAssetsUrl = (options: WidgetOptions) => {
    const base = options.assetsUrl ?? getDefaultAssetsUrl();
    return base ? new URL(base, doc.baseURI).href : undefined;
  };
  let themed = false;

  const applyTheme = (theme: ThemeInput | undefined) => {
    const request = ++themeRequest;
    const css = getThemeCss(theme);
    if (css !== null) {
      styles.setThemeCss(css);
      themed = true;
      return;
    }
    // The shipped stylesheets read every token from the theme layer (no fallbacks): the default set holds it
    // until the preset is in, and stays if the preset cannot be loaded.
    if (!themed) styles.setThemeCss(getThemeCss('auto') ?? '');
    themed = true;
    loadPreset(String(theme).trim().toLowerCase(), getAssetsUrl(store.options.peek())).then(
      (preset) => {
        if (!destroyed && request === themeRequest) styles.setThemeCss(getThemeCss(preset) ?? '');
      },
      (error: unknown) => {
        if (!destroyed && request === themeRequest)
          reportError(emitter.emit, toAssetError('theme', String(theme), error));
      },
    );
  };

  const getClient = (): WaypostClient => {
    const options = store.options.peek();
    if (options.client) return options.client;
    if (!client && !options.endpoint) throw new Error('[waypost] set the `endpoint` option (or pass a `client`)');
    const endpoint = new URL(options.endpoint ?? '', doc.baseURI).href;
    client ??= getSharedClient(`${endpoint}\n${requestLocale}`, () =>
      createClient({
        endpoint,
        locale: requestLocale,
        environment: {
          isVisible: () => doc.visibilityState !== 'hidden',
          onVisibilityChange: (listener: () => void) => {
            doc.addEventListener('visibilitychange', listener);
            return () => doc.removeEventListener('visibilitychange', listener);
          },
          isOnline: () => win.navigator.onLine !== false,
          onOnline: (listener: () => void) => {
            win.addEventListener('online', listener);
            return () => win.removeEventListener('online', listener);
          },
        },
      }),
    );
    return client;
  };

  const getViewsBase = () => getModuleBase(store.options.peek().assetsUrl, doc.baseURI);
  const controller = createController({
    store,
    getClient,
    emit: emitAfterRender(emitter.emit, () => !destroyed),
    isOnline: () => win.navigator.onLine !== false,
    // The controller reports a failure as the lookup's event; the page's developer also gets the console line
    // every file which did not load gives.
    // The views, then the page's language: a catalog still loading (at mount, or set while the views loaded) is
    // waited for too, so that `ready` comes with the record in that language.
    loadViews: async () => {
      const views = await loadLazy('result', getViewsBase()).catch((error: AssetLoadError) => {
        logError(error);
        throw error;
      });
      let loading: Promise<void> | null = null;
      while (loading !== localeLoad) {
        loading = localeLoad;
        await loading;
      }
      return views;
    },
    // Live updates are an extra: a record stays on screen without them, and the developer gets the event and the
    // console line every file which did not load gives.
    // `live.js` loads from the first `assetsUrl` a widget on the page set (see `liveAssets`), whatever its client.
    loadLive: () => {
      const options = store.options.peek();
      if (options.assetsUrl) liveAssets.url ??= getAssetsUrl(options);
      return loadLiveWatch().catch((error: unknown) => {
        reportError(emitter.emit, toAssetError('features', 'live', error));
        throw error;
      });
    },
    // The words come from the result views' module (`result.js`), which every lookup waits for.
    describe(result, previous) {
      const views = loadedLazy.get(`result ${getViewsBase()}`) as LazyModules['result'] | undefined;
      const ctx = {
        t: store.t.peek(),
        locale: store.locale.peek(),
        timeZone: store.options.peek().timeZone,
        now: Date.now(),
      };
      return views ? views.describeRecord(result, previous, ctx) : '';
    },
  });

  const applyLocale = async (options: WidgetOptions) => {
    const request = ++localeRequest;
    const locale = pickLocale(options);
    requestLocale = locale;
    // The page's shared client of the new locale is picked up at the next call; a host's own client is told.
    client = null;
    try {
      options.client?.setLocale(locale);
    } catch (error) {
      if (DEV) warn('client.setLocale failed', error);
    }
    let catalog = NO_CATALOG;
    let failure: AssetLoadError | null = null;
    if (locale !== 'en') {
      try {
        if (options.loadMessages) {
          const loaded = await options.loadMessages(locale);
          catalog = ((loaded as { default?: Messages }).default ?? loaded) as Messages;
        } else {
          catalog = await loadCatalog(locale, getAssetsUrl(options));
        }
      } catch (error) {
        failure = toAssetError('locale', locale, error);
      }
    }
    if (destroyed || request !== localeRequest) return;
    // English stays on screen (every key falls back to it); the host hears why.
    if (failure) reportError(emitter.emit, failure);
    controller.showLocale(locale, catalog);
  };

  const start = () => {
    const options = store.options.peek();
    const query = getPresetQuery(options, getDeepLinkToken(win.location?.search));
    if (query) void controller.lookup(query);
    else controller.reset();
  };

  // Back online, the offline view retries by itself; a shopper who was on it (its "Try again", say) is then taken
  // to what replaced it, as after their own retry, instead of being dropped to the page's `<body>`.
  const onOnline = () => {
    if (store.state.peek() === 'offline') void controller.refresh(root.activeElement !== null);
  };
  win.addEventListener('online', onOnline);
  const ticker = win.setInterval(() => {
    controller.tick();
  }, 30_000);

  applyTheme(initial.theme);
  render(<App value={{ store, controller, emit: emitter.emit, getClient }} />, root);
  localeLoad = applyLocale(initial);
  // Deferred one microtask so that `mount(…).on('ready', …)` and listeners added right after mounting hear it.
  queueMicrotask(() => {
    if (destroyed) return;
    emitter.emit('ready', { version: VERSION, locale: requestLocale });
    start();
  });

  const handle: WidgetHandle = {
    update(patch) {
      if (destroyed) return;
      const previous = store.options.peek();
      const next = { ...previous, ...patch };
      const changed = (key: keyof WidgetOptions) => key in patch && patch[key] !== previous[key];
      controller.setOptions(next);
      if (clientKeys.some(changed)) client = null;
      if (changed('theme')) applyTheme(next.theme);
      if (changed('locale') || changed('assetsUrl') || changed('loadMessages')) localeLoad = applyLocale(next);
      // New lookup options from the page win over what the shopper typed before: the form starts from them.
      if (queryKeys.some(changed)) controller.keepDraft(null);
      if (queryKeys.some(changed) || clientKeys.some(changed)) start();
    },
    refresh: () => (destroyed ? Promise.resolve() : controller.refresh()),
    setTheme(theme) {
      handle.update({ theme });
    },
    setLocale(locale) {
      if (destroyed) return;
      controller.setOptions({ ...store.options.peek(), locale });
      localeLoad = applyLocale(store.options.peek());
    },
    on: emitter.on,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      controller.dispose();
      win.removeEventListener('online', onOnline);
      win.clearInterval(ticker);
      render(null, root);
      styles.dispose();
      root.replaceChildren();
      emitter.clear();
    },
  };
  return handle;
}
