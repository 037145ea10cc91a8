// Builds the widget: ESM entries for npm (`index`, `element`, plus the on-demand chunks), the script-tag IIFE
// (`waypost.js`), its on-demand modules (`features.js`, `result.js`, `actions.js`, `records.js`, `orders.js`) and one ESM file per locale catalog
// (`locales/<tag>.js`). `__DEV__` and `__VERSION__` are replaced here so that development
// warnings disappear from every shipped file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createEsmConfig, createIifeConfig, createModuleFileConfig } from '../../scripts/rollupConfig.mjs';

const packageDir = new URL('./', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));

/** Replaces the build-time constants and squeezes the whitespace out of the stylesheets' template strings. */
function widgetDefines() {
  return {
    name: 'waypost-defines',
    transform(code, id) {
      if (!id.includes('/widget/src/')) return null;
      let out = code.replace(/\b__DEV__\b/g, 'false').replace(/\b__VERSION__\b/g, JSON.stringify(version));
      if (id.includes('/src/styles/') && id.endsWith('Css.ts')) {
        out = out.replace(/`([^`]*)`/g, (_, css) => `\`${minifyCss(css)}\``);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * The theme layer always defines every `--waypost-*` token (the default set until a named preset has loaded), so
 * the fallbacks written beside each `var()` in the sources never apply: they are dropped from shipped files.
 */
function minifyCss(css) {
  return css
    .replace(/var\((--waypost-[\w-]+)\s*,(?:[^()]|\([^()]*\))*\)/g, 'var($1)')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * The widget never uses `dangerouslySetInnerHTML`, so its private copy of Preact drops that prop and the two
 * `innerHTML` writes behind it: the shipped file then holds no HTML-parsing sink at all (Trusted Types, CSP
 * greps). The build fails if a Preact upgrade changes the code these patterns expect.
 */
function withoutHtmlSinks() {
  return {
    name: 'waypost-without-html-sinks',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      const out = code
        .replace(/"dangerouslySetInnerHTML"==(\w+)/g, '!1')
        .replace(
          /(\w+)\|\|(\w+)&&\((\w+)\.__html==\2\.__html\|\|\3\.__html==(\w+)\.innerHTML\)\|\|\(\4\.innerHTML=\3\.__html\),/,
          '',
        )
        .replace(/(\w+)&&\((\w+)\.innerHTML=""\),/, '');
      if (/innerHTML|dangerouslySetInnerHTML/.test(out))
        this.error('[waypost] Preact changed: update withoutHtmlSinks()');
      return { code: out, map: null };
    },
  };
}

/**
 * `code` with each cut's span, from `from` up to `to` (which stays), replaced by `by` (nothing when absent). A
 * `from` that is missing, found twice, or not followed by its `to` calls `fail(from)`, which throws: the library
 * changed, and the cut must be checked again.
 */
function cutSpans(code, cuts, fail) {
  let out = code;
  for (const [from, to, by = ''] of cuts) {
    const start = out.indexOf(from);
    const end = out.indexOf(to, start + from.length);
    if (start < 0 || end < 0 || out.includes(from, start + 1)) fail(from);
    out = out.slice(0, start) + by + out.slice(end);
  }
  return out;
}

/**
 * Script-tag build only: the widget never puts a signal itself in JSX (as a child, or as a DOM element's prop; it
 * reads `.value` while rendering, which is what re-renders a component), so `@preact/signals`' bindings for that
 * (the text node it renders a signal child as, and the effects that write a signal prop straight to the DOM) are
 * cut out of its file, with the scheduling only they use; a test checks the sources (`noSignalsInJsx.test.ts`).
 * Each cut replaces an exact span of the (minified) file, from `from` up to `to` (which stays), with `by`: the
 * build fails if an upgrade changes one. The npm builds keep the bindings: a host's own code may use them.
 */
const SIGNALS_CUTS = [
  // `ReactiveTextNode` and the vnode disguise on `Signal.prototype` that renders a signal child through it.
  ['function w(i){var n=this,r=i.data,t=useSignal(r);', 'b("__b",function(i,n){', ''],
  // A signal prop on a DOM element: set aside before diffing, bound after it, released at unmount.
  ['if("string"==typeof n.type){var r,t=n.props;for(var f in t)', 'i(n)});b("__r",', ''],
  ['var r;if("string"==typeof n.type&&(r=n.__e)){var t=n.__np', 'i(n)});function k(', ''],
  ['function k(i,n,r,t){', 'b("unmount",', ''],
  ['if("string"==typeof n.type){var r=n.__e;if(r){var t=r.U;', 'var c=n.__c;if(c){c.__$f|=8;', '{'],
];

function signalsWithoutJsxBindings() {
  return {
    name: 'waypost-signals-without-jsx-bindings',
    transform(code, id) {
      if (!/[\\/]@preact[\\/]signals[\\/]dist[\\/]signals\.module\.js$/.test(id)) return null;
      const out = cutSpans(code, SIGNALS_CUTS, (from) =>
        this.error(`[waypost] @preact/signals changed: update SIGNALS_CUTS (${from})`),
      );
      return { code: out, map: null };
    },
  };
}

/**
 * The class-component lifecycles no widget class defines (its one class, the error boundary in `App.tsx`, has
 * `componentDidCatch` and `render`; Preact's context provider and `@preact/signals` add `getChildContext`,
 * `componentWillUnmount` and `shouldComponentUpdate`, which stay): the private copy of Preact never looks for them,
 * so the code that would call them goes. A test keeps them out of the sources (`noClassLifecycles.test.ts`); the
 * build fails if a Preact upgrade changes the code these patterns expect.
 */
const UNUSED_LIFECYCLES = [
  'getDerivedStateFromProps',
  'getDerivedStateFromError',
  'getSnapshotBeforeUpdate',
  'componentWillMount',
  'componentDidMount',
  'componentWillReceiveProps',
  'componentWillUpdate',
  'componentDidUpdate',
];

function preactWithoutUnusedLifecycles() {
  const checks = new RegExp(`null(!=|==)\\w+\\.(${UNUSED_LIFECYCLES.join('|')})\\b`, 'g');
  return {
    name: 'waypost-preact-without-unused-lifecycles',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      let count = 0;
      const out = code.replace(checks, (_, op) => {
        count += 1;
        return op === '!=' ? '!1' : '!0';
      });
      if (count !== 10 || UNUSED_LIFECYCLES.some((name) => !code.includes(name)))
        this.error(`[waypost] Preact changed: update preactWithoutUnusedLifecycles() (${count} checks)`);
      return { code: out, map: null };
    },
  };
}

/**
 * Script-tag build only: the static `import()` of every catalog and preset (the npm path) is swapped for a
 * stand-in: the script tag loads `locales/<tag>.js` and `themes/<name>.js` from beside itself.
 */
function assetsByUrl() {
  const swaps = {
    '/src/i18n/importBundledCatalog.ts': 'src/i18n/importBundledCatalogUnavailable.ts',
    '/src/styles/importBundledPreset.ts': 'src/styles/importBundledPresetUnavailable.ts',
  };
  return {
    name: 'waypost-assets-by-url',
    async resolveId(source, importer, options) {
      if (!source.startsWith('./import')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = Object.entries(swaps).find(([suffix]) => resolved?.id.endsWith(suffix));
      return swap ? new URL(swap[1], packageDir).pathname : null;
    },
  };
}

/**
 * Script-tag build only: the modules that load after the first paint (`result.js`, `actions.js`, `records.js`,
 * `orders.js`, `features.js`, and `createLiveWatch` in `live.js`) are not bundled in but loaded by URL from beside
 * the script, so their chunk loaders are swapped for the URL loaders (which also publish the runtime those files
 * run on).
 */
function modulesByUrl() {
  const swaps = {
    './importLazy.js': 'src/lazy/importLazyFromUrl.ts',
    '../lazy/loadLiveWatch.js': 'src/lazy/loadLiveWatchFromUrl.ts',
  };
  return {
    name: 'waypost-modules-by-url',
    resolveId(source, importer) {
      const swap = swaps[source] && /[\\/]widget[\\/]src[\\/]/.test(importer ?? '');
      return swap ? new URL(swaps[source], packageDir).pathname : null;
    },
  };
}

/**
 * Script-tag build only: the client's live-update code (`loadStreamWatch`'s chunk) is not bundled in but loaded by
 * URL from `live.js` beside the script on the first watch, after the result has painted.
 */
function streamWatchByUrl() {
  return {
    name: 'waypost-stream-watch-by-url',
    resolveId: (source, importer) =>
      source === './loadStreamWatch.js' && /[\\/]client[\\/]src[\\/]http[\\/]createHttpClient\.ts$/.test(importer ?? '')
        ? new URL('src/lazy/importStreamWatchFromUrl.ts', packageDir).pathname
        : null,
  };
}

/**
 * Script-tag build only: the client never passes ky's `onUploadProgress` or `onDownloadProgress`, so ky's stream
 * wrappers behind them (`utils/body.js`) are swapped for stubs that throw: less code to download, parse and
 * compile before the form shows. The npm builds keep ky whole.
 */
function withoutKyProgress() {
  const stub = '\0waypost-ky-without-progress';
  return {
    name: 'waypost-ky-without-progress',
    resolveId: (source, importer) =>
      source === '../utils/body.js' && /[\\/]ky[\\/]distribution[\\/]core[\\/]Ky\.js$/.test(importer ?? '')
        ? stub
        : null,
    load: (id) =>
      id === stub
        ? [
            "const unsupported = () => { throw new Error('[waypost] upload and download progress are not available in the script-tag build'); };",
            'export const streamRequest = unsupported;',
            'export const streamResponse = unsupported;',
          ].join('\n')
        : null,
  };
}

/**
 * Script-tag build only: what ky does for options and hooks the script tag's one ky instance (the client's
 * `createRequester`: `timeout`, `fetch`, `throwHttpErrors`, `retry`, a `beforeError` hook; per call `method`,
 * `json`, `signal`, `context`, `headers`) never sets, cut out of ky's files: the body shortcuts on the response
 * promise (the client reads the awaited `Response`), the `afterResponse`, `beforeRequest` and `beforeRetry` hook
 * loops and the forced retries they start, `prefixUrl`, `searchParams`, the progress options (whose stream code
 * `withoutKyProgress` already swapped out), the scan for vendor options (`findUnknownOptions`: every option the
 * client passes is one ky or `Request` knows, so it finds none) and the instance's method shortcuts and `extend`.
 * Each cut is an exact span of ky's text, from `from` up to `to` (which stays): the build fails if a ky upgrade
 * changes one. The npm builds keep ky whole.
 */
const KY_CUTS = {
  'core/Ky.js': [
    ['        for (const [type, mimeType] of Object.entries(responseTypes)) {', '\n        return result;\n    }'],
    [
      '            for (const hook of ky.#options.hooks.afterResponse) {',
      '            ky.#decorateResponse(response);',
    ],
    ['            // If `onDownloadProgress` is passed', '            return response;\n        };'],
    [
      '    // eslint-disable-next-line unicorn/prevent-abbreviations\n    static #normalizeSearchParams',
      '    request;\n',
    ],
    ["            prefixUrl: String(options.prefixUrl || ''),\n", '            retry: normalizeRetryOptions'],
    [
      "        if (this.#options.prefixUrl && typeof this.#input === 'string') {",
      '        if (supportsAbortController && supportsAbortSignal) {',
    ],
    ['        if (hasSearchParameters(this.#options.searchParams)) {', '    }\n    #calculateDelay() {'],
    ['        // Handle forced retry from afterResponse hook', '        // Check if method is retriable'],
    ['            // Apply custom request from forced retry', '            return this.#retry(function_);'],
    ['        for (const hook of this.#options.hooks.beforeRequest) {', '        const nonRequestOptions'],
    ['    #assignRequest(request) {', '\n}\n'],
  ],
  'core/constants.js': [['export const usualFormBoundarySize', 'export const stop']],
  'utils/merge.js': [
    ['const appendSearchParameters = ', 'export const deepMerge'],
    ["                if (key === 'searchParams') {", '                if (isObject(value) && key in returnValue) {'],
    ['    if (searchParameters !== undefined) {', '    if (signals.length > 0) {'],
  ],
  'utils/options.js': [
    ['export const findUnknownOptions = ', 'export const hasSearchParameters'],
    ['export const hasSearchParameters', '\n//# sourceMappingURL'],
  ],
  'index.js': [
    ['    for (const method of requestMethods) {', '    ky.create = '],
    ['    ky.extend = ', '    return ky;'],
  ],
};
const KY_ADDED = {
  'utils/options.js':
    'export const findUnknownOptions = () => ({});\nexport const hasSearchParameters = () => false;\n',
};

function kyWithoutUnusedOptions() {
  return {
    name: 'waypost-ky-without-unused-options',
    transform(code, id) {
      const file = id.match(/[\\/]ky[\\/]distribution[\\/](.+)$/)?.[1].replaceAll('\\', '/');
      if (!file || !KY_CUTS[file]) return null;
      const out = cutSpans(code, KY_CUTS[file], (from) =>
        this.error(`[waypost] ky changed: update KY_CUTS (${file}: ${from.trim()})`),
      );
      return { code: (KY_ADDED[file] ?? '') + out, map: null };
    },
  };
}

/**
 * Script-tag build only: ky probes at load whether `Request` takes a stream body (it builds a `Request` around a
 * `ReadableStream`), which costs the boot time before the form shows although the answer matters only once a
 * request goes out. The probe becomes a function that runs once, at the first request. The build fails if a ky
 * upgrade changes the code these patterns expect.
 */
function kyProbeOnFirstRequest() {
  const probe = 'export const supportsRequestStreams = (() => {';
  return {
    name: 'waypost-ky-probe-on-first-request',
    transform(code, id) {
      if (!/[\\/]ky[\\/]distribution[\\/]core[\\/](constants|Ky)\.js$/.test(id)) return null;
      let out = code;
      if (id.endsWith('constants.js')) {
        const start = code.indexOf(probe);
        const end = code.indexOf('\n})();', start);
        if (start < 0 || end < 0) this.error('[waypost] ky changed: update kyProbeOnFirstRequest()');
        out = `${code.slice(0, start)}let requestStreams;\nexport const supportsRequestStreams = () => (requestStreams ??= (() => {${code.slice(start + probe.length, end)}\n})());${code.slice(end + 6)}`;
      } else {
        out = code.replace(/(if \(!?)supportsRequestStreams\)/g, '$1supportsRequestStreams())');
        if ((out.match(/supportsRequestStreams\(\)\)/g) ?? []).length !== 2)
          this.error('[waypost] ky changed: update kyProbeOnFirstRequest()');
      }
      return { code: out, map: null };
    },
  };
}

/**
 * What the script-tag build publishes, and what `result.js` shares with `records.js`, recorded while each builds,
 * for the on-demand modules built after it: the modules the file carries (`ids`) and the short key each published
 * name travels under (`keys`, name → key).
 */
const mainBundle = { ids: null, keys: null };
const resultBundle = { ids: null, keys: null };

/** The `index`th short key: `a`…`z`, `A`…`Z`, then `aa`, `ab`…. */
function toKey(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return (
    (index >= letters.length ? toKey(Math.floor(index / letters.length) - 1) : '') + letters[index % letters.length]
  );
}

/**
 * Script-tag files only: the names a runtime file (`features/shared.ts`, `result/shared.ts`, made of
 * `export { … } from` lists) publishes for the on-demand modules travel under short keys rather than spelled out in
 * both files: each exported name becomes `name as <key>`, keys given in the file's order, and the table is recorded
 * into `record.keys`, from which the on-demand modules built after it read the names back
 * (`export const { <key>: name } = runtime.shared`). One table, made in the same build as both sides.
 */
function shortRuntimeKeys(record, sharedFile) {
  const shared = new URL(sharedFile, packageDir).pathname;
  return {
    name: 'waypost-short-runtime-keys',
    transform(code, id) {
      if (id !== shared) return null;
      const keys = new Map();
      let out = '';
      let at = 0;
      for (const node of this.parse(code).body) {
        if (node.type !== 'ExportNamedDeclaration' || !node.source || node.declaration)
          this.error(`[waypost] ${sharedFile} may only hold \`export { … } from\` lists`);
        for (const { local, exported } of node.specifiers) {
          const key = toKey(keys.size);
          keys.set(exported.name, key);
          out += `${code.slice(at, local.start)}${local.name} as ${key}`;
          at = exported.end;
        }
      }
      record.keys = keys;
      return { code: out + code.slice(at), map: null };
    },
  };
}

/** Records the modules a build carries into `record.ids`. */
function recordBundle(record) {
  return {
    name: 'waypost-record-bundle',
    generateBundle(_options, bundle) {
      // Only the modules whose code the file carries: a module it tree-shook away entirely (or one that only
      // re-exports, like the client's entry) is bundled into the on-demand file that uses it.
      record.ids = new Set(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk'
            ? Object.entries(file.modules)
                .filter(([, module]) => module.renderedLength > 0)
                .map(([id]) => id)
            : [],
        ),
      );
    },
  };
}

/** What each on-demand file carries, by file name: written to `dist/modules.json` (not published) for the size check. */
const onDemandModules = {};

/**
 * Records the source modules whose code the on-demand file `name` carries, each with the exports it renders, and
 * writes every file's list so far to `dist/modules.json`: the size check fails when one module ships in two files.
 */
function recordModules(name) {
  const repo = new URL('../../', packageDir).pathname;
  const label = (id) => id.replace(/^.*[\\/]node_modules[\\/]/, '').replace(repo, '');
  return {
    name: 'waypost-record-modules',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk');
      onDemandModules[`${name}.js`] = Object.fromEntries(
        Object.entries(chunk?.modules ?? {})
          .filter(([id, module]) => !id.startsWith('\0') && module.renderedLength > 0)
          .map(([id, module]) => [label(id), module.renderedExports]),
      );
    },
    writeBundle() {
      writeFileSync(new URL('dist/modules.json', packageDir), `${JSON.stringify(onDemandModules, null, 2)}\n`);
    },
  };
}

/**
 * An on-demand module (`features.js`, `result.js`, `actions.js`, `records.js`, `orders.js`) as an ES module that carries no Preact, hooks
 * or widget code the main bundle already has. Preact's modules, and every module the script-tag file carries,
 * become one virtual module reading the runtime the main bundle of the same version publishes on
 * `globalThis[Symbol.for('waypost.runtime')][version]`, each name by its short key (see `shortRuntimeKeys`); a name
 * the runtime does not publish (see `features/shared.ts`) fails the build, so a second copy of Preact or of the
 * widget's context can never slip in. Only the English text in `en.ts` (tree-shaken to the module's own part) is
 * bundled although the main file has `en.ts`.
 * `result.js` adds what `result/shared.ts` exports to that runtime (as `result`) when it runs; with `fromResult`
 * (`records.js`, which loads only from a result's view) every module `result.js` carries reads it there, so no
 * module ships in two on-demand files (the size check fails if one does). With `ownClient` (`live.js`, whose client
 * code has always shipped whole beside the main file's) the client's modules are bundled rather than read from the
 * runtime: only Preact's and the widget's come from it.
 */
function lazyRuntime({ fromResult = false, ownClient = false } = {}) {
  const resultEntry = new URL('src/result/index.ts', packageDir).pathname;
  const preactModules = new Set(['preact', 'preact/hooks', 'preact/jsx-runtime', '@preact/signals']);
  const root = '\0waypost-runtime';
  const names = (keys) => [...keys].map(([name, key]) => `${key}: ${name}`).join(', ');
  return {
    name: 'waypost-lazy-runtime',
    buildStart() {
      if (!mainBundle.ids) this.error('[waypost] build waypost.js before the on-demand modules');
      if (fromResult && !resultBundle.ids) this.error('[waypost] build result.js before records.js');
    },
    async resolveId(source, importer) {
      if (source === root) return root;
      if (preactModules.has(source)) return `${root}:shared`;
      if (!importer || importer.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const id = resolved?.id ?? '';
      if (id.endsWith('/src/i18n/en.ts')) return resolved;
      if (ownClient && id.includes('/client/src/')) return resolved;
      if (mainBundle.ids.has(id) || id.endsWith('/src/features/shared.ts')) return `${root}:shared`;
      if (fromResult && !id.startsWith('\0') && resultBundle.ids.has(id)) return `${root}:result`;
      return resolved;
    },
    load(id) {
      if (id === root) {
        const key = JSON.stringify(version);
        return [
          `const runtime = globalThis[Symbol.for('waypost.runtime')]?.[${key}];`,
          `if (!runtime) throw new Error('[waypost] this file (' + ${key} + ') needs waypost.js ' + ${key} + ' on the page');`,
          'export default runtime;',
        ].join('\n');
      }
      if (id === `${root}:shared`) {
        // Any other name reads as a property of `unpublished`, so that a module the file carries but never calls
        // may import names the runtime lacks; `generateBundle` fails the build when the file's code reads one.
        return {
          code: `import runtime from '${root}';\nexport const { ${names(mainBundle.keys)} } = runtime.shared;\nexport const unpublished = {};`,
          syntheticNamedExports: 'unpublished',
        };
      }
      if (id === `${root}:result`) {
        return [
          `import runtime from '${root}';`,
          "if (!runtime.result) throw new Error('[waypost] records.js needs result.js loaded first');",
          `export const { ${names(resultBundle.keys)} } = runtime.result;`,
        ].join('\n');
      }
      return null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const shared = file.type === 'chunk' ? file.modules[`${root}:shared`] : undefined;
        if (shared?.code?.includes('unpublished')) {
          const names = new Set(
            Object.values(file.modules).flatMap((module) => module.code?.match(/\bunpublished\.\w+/g) ?? []),
          );
          this.error(`[waypost] ${file.fileName} reads ${[...names].join(', ')}: publish it in features/shared.ts`);
        }
      }
    },
    transform(code, id) {
      if (id !== resultEntry) return null;
      const publish = `import runtime from '${root}';\nimport * as shared from './shared.js';\nruntime.result ??= shared;`;
      return { code: `${code}\n${publish}\n`, map: null };
    },
  };
}

/**
 * Script-tag build only: the widget always talks HTTP (`createClient({ endpoint })`), so the client's in-process
 * path (`createClient({ source })`: the deferred client, its capabilities reader and its on-demand chunk) is
 * swapped for a stub that throws `UnsupportedError`. Pages that need an in-process source pass their own
 * `client`. The npm builds keep the real path.
 */
function withoutSourceClient() {
  const stub = '\0waypost-no-source-client';
  return {
    name: 'waypost-without-source-client',
    resolveId: (source, importer) =>
      source === './http/createDeferredSourceClient.js' &&
      /[\\/]client[\\/]src[\\/]createClient\.ts$/.test(importer ?? '')
        ? stub
        : null,
    load: (id) =>
      id === stub
        ? [
            "import { UnsupportedError } from '@waypost/client';",
            'export function createDeferredSourceClient() {',
            "  throw new UnsupportedError('[waypost] in-process sources are not available in the script-tag build; pass a `client`');",
            '}',
          ].join('\n')
        : null,
  };
}

const withDefines = (config) => ({ ...config, plugins: [widgetDefines(), ...config.plugins] });

const locales = readdirSync(new URL('src/i18n/locales/', packageDir))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

/** The entry of `live.js`: what the client's `loadStreamWatch` and the widget's `loadLiveWatch` take from it. */
const liveEntry = '\0waypost-live';
function liveEntryModule() {
  const client = new URL('../client/src/http/streamWatchModule.ts', packageDir).pathname;
  const widget = new URL('src/state/createLiveWatch.ts', packageDir).pathname;
  return {
    name: 'waypost-live-entry',
    resolveId: (id) => (id === liveEntry ? liveEntry : null),
    load: (id) =>
      id === liveEntry
        ? `export { createStreamWatch, createWatchHub } from '${client}';\nexport { createLiveWatch } from '${widget}';`
        : null,
  };
}

/** `themes/<name>.js`: each non-default preset as an ES module, loaded only when a page asks for it by name. */
const presets = ['minimal', 'bold', 'soft', 'monochrome'];
function presetEntries() {
  return {
    name: 'waypost-preset-entries',
    resolveId: (id) => (id.startsWith('preset:') ? `\0${id}` : null),
    load: (id) => (id.startsWith('\0preset:') ? `export { ${id.slice(8)} as default } from '@waypost/themes';` : null),
  };
}

/**
 * The npm entries. Each catalog and preset stays a chunk of its own (rollup would merge the tiny preset chunks,
 * which only re-export `@waypost/themes`), so an app's bundle pays only for what a page loads.
 */
function npmConfig() {
  const config = withDefines(
    createEsmConfig({ input: { index: 'src/index.ts', element: 'src/element.ts' }, packageDir }),
  );
  return { ...config, output: { ...config.output, experimentalMinChunkSize: 0 } };
}

export default [
  npmConfig(),
  (() => {
    const config = withDefines(createIifeConfig({ input: 'src/embed/scriptTag.ts', file: 'dist/waypost.js' }));
    return {
      ...config,
      plugins: [
        assetsByUrl(),
        modulesByUrl(),
        streamWatchByUrl(),
        withoutSourceClient(),
        withoutHtmlSinks(),
        preactWithoutUnusedLifecycles(),
        signalsWithoutJsxBindings(),
        kyProbeOnFirstRequest(),
        withoutKyProgress(),
        kyWithoutUnusedOptions(),
        shortRuntimeKeys(mainBundle, 'src/features/shared.ts'),
        recordBundle(mainBundle),
        ...config.plugins,
      ],
    };
  })(),
  ...['features', 'result', 'actions', 'records', 'orders'].map((name) => {
    const config = withDefines(createModuleFileConfig({ input: `src/${name}/index.ts`, file: `dist/${name}.js` }));
    const record =
      name === 'result' ? [shortRuntimeKeys(resultBundle, 'src/result/shared.ts'), recordBundle(resultBundle)] : [];
    return {
      ...config,
      plugins: [lazyRuntime({ fromResult: name === 'records' }), ...record, recordModules(name), ...config.plugins],
    };
  }),
  // `live.js`: the client's live code (nothing the main bundle carries) and the widget's side of a watch
  // (`createLiveWatch`, which reads the runtime like the other on-demand modules): one request on the first watch.
  (() => {
    const config = withDefines(createModuleFileConfig({ input: liveEntry, file: 'dist/live.js' }));
    return { ...config, plugins: [liveEntryModule(), lazyRuntime({ ownClient: true }), ...config.plugins] };
  })(),
  ...presets.map((name) => {
    const config = createModuleFileConfig({ input: `preset:${name}`, file: `dist/themes/${name}.js` });
    return { ...config, plugins: [presetEntries(), ...config.plugins] };
  }),
  ...locales.map((tag) =>
    withDefines(createModuleFileConfig({ input: `src/i18n/locales/${tag}.ts`, file: `dist/locales/${tag}.js` })),
  ),
];
