// Builds the widget: ESM entries for npm (`index`, `element`, plus the feature chunk), the script-tag IIFE
// (`waypost.js`), its on-demand feature module (`features.js`) and one ESM file per locale catalog
// (`locales/<tag>.js`). `__DEV__` and `__VERSION__` are replaced here so that development
// warnings disappear from every shipped file.
import { readdirSync, readFileSync } from 'node:fs';
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
 * Script-tag build only: the feature module is not bundled in but loaded from `features.js` by URL, so the
 * chunk loader is swapped for the URL loader (which also publishes the runtime `features.js` runs on).
 */
function featuresByUrl() {
  const loader = new URL('src/features/importFeaturesFromUrl.ts', packageDir).pathname;
  return {
    name: 'waypost-features-by-url',
    resolveId: (source, importer) =>
      source === './importFeatures.js' && importer?.includes('/src/features/') ? loader : null,
  };
}

/**
 * `features.js`: the feature module as an ES module that carries no Preact, hooks or widget helpers of its own.
 * Those imports become virtual modules reading the runtime the main bundle of the same version publishes on
 * `globalThis[Symbol.for('waypost.runtime')][version]`; any other import of widget code (but the English text of
 * `en.ts`, tree-shaken to `enFeatures`) fails the build, so a second copy of the widget's context can never slip in.
 */
function featureRuntime() {
  const modules = {
    preact: 'preact',
    'preact/hooks': 'hooks',
    'preact/jsx-runtime': 'jsxRuntime',
    '@preact/signals': 'signals',
  };
  const root = '\0waypost-runtime';
  return {
    name: 'waypost-feature-runtime',
    async resolveId(source, importer) {
      if (source === root) return root;
      if (source in modules) return `${root}:${modules[source]}`;
      if (!importer || importer.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const id = resolved?.id ?? '';
      if (id.endsWith('/src/features/shared.ts')) return `${root}:shared`;
      if (!id.includes('/src/features/') && !id.endsWith('/src/i18n/en.ts')) {
        this.error(
          `[waypost] features may import only preact, hooks, signals and ./shared.js: ${source} in ${importer}`,
        );
      }
      return resolved;
    },
    load(id) {
      if (id === root) {
        const key = JSON.stringify(version);
        return [
          `const runtime = globalThis[Symbol.for('waypost.runtime')]?.[${key}];`,
          `if (!runtime) throw new Error('[waypost] features.js ' + ${key} + ' needs waypost.js ' + ${key} + ' on the page');`,
          'export default runtime;',
        ].join('\n');
      }
      if (id.startsWith(`${root}:`)) {
        return {
          code: `import runtime from '${root}';\nexport default runtime.${id.slice(root.length + 1)};`,
          syntheticNamedExports: true,
        };
      }
      return null;
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

/** `themes/<name>.js`: each non-default preset as an ES module, loaded only when a page asks for it by name. */
const presets = ['minimal', 'bold', 'soft', 'monochrome'];
function presetEntries() {
  return {
    name: 'waypost-preset-entries',
    resolveId: (id) => (id.startsWith('preset:') ? `\0${id}` : null),
    load: (id) => (id.startsWith('\0preset:') ? `export { ${id.slice(8)} as default } from '@waypost/themes';` : null),
  };
}

export default [
  withDefines(createEsmConfig({ input: { index: 'src/index.ts', element: 'src/element.ts' }, packageDir })),
  (() => {
    const config = withDefines(createIifeConfig({ input: 'src/embed/scriptTag.ts', file: 'dist/waypost.js' }));
    return { ...config, plugins: [featuresByUrl(), withoutSourceClient(), withoutHtmlSinks(), ...config.plugins] };
  })(),
  (() => {
    const config = withDefines(createModuleFileConfig({ input: 'src/features/index.ts', file: 'dist/features.js' }));
    return { ...config, plugins: [featureRuntime(), ...config.plugins] };
  })(),
  ...presets.map((name) => {
    const config = createModuleFileConfig({ input: `preset:${name}`, file: `dist/themes/${name}.js` });
    return { ...config, plugins: [presetEntries(), ...config.plugins] };
  }),
  ...locales.map((tag) =>
    withDefines(createModuleFileConfig({ input: `src/i18n/locales/${tag}.ts`, file: `dist/locales/${tag}.js` })),
  ),
];
