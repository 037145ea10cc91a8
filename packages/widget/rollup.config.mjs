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

const withDefines = (config) => ({ ...config, plugins: [widgetDefines(), ...config.plugins] });

const locales = readdirSync(new URL('src/i18n/locales/', packageDir))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

export default [
  withDefines(createEsmConfig({ input: { index: 'src/index.ts', element: 'src/element.ts' }, packageDir })),
  withDefines(createIifeConfig({ input: 'src/embed/scriptTag.ts', file: 'dist/waypost.js' })),
  ...locales.map((tag) => ({
    ...withDefines(createIifeConfig({ input: `src/i18n/locales/${tag}.ts`, file: `dist/locales/${tag}.js` })),
    output: { file: `dist/locales/${tag}.js`, format: 'esm' },
  })),
];
