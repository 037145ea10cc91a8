// Builds the widget: ESM entries for npm (`index`, `element`), the script-tag IIFE (`waypost.js`) and one ESM file
// per locale catalog (`locales/<tag>.js`). `__DEV__` and `__VERSION__` are replaced here so that development
// warnings disappear from every shipped file.
import { readdirSync, readFileSync } from 'node:fs';
import { createEsmConfig, createIifeConfig } from '../../scripts/rollupConfig.mjs';

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

function minifyCss(css) {
  return css
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
    return { ...config, plugins: [withoutHtmlSinks(), ...config.plugins] };
  })(),
  ...presets.map((name) => {
    const config = createIifeConfig({ input: `preset:${name}`, file: `dist/themes/${name}.js` });
    return {
      ...config,
      plugins: [presetEntries(), ...config.plugins],
      output: { file: `dist/themes/${name}.js`, format: 'esm' },
    };
  }),
  ...locales.map((tag) => ({
    ...withDefines(createIifeConfig({ input: `src/i18n/locales/${tag}.ts`, file: `dist/locales/${tag}.js` })),
    output: { file: `dist/locales/${tag}.js`, format: 'esm' },
  })),
];
