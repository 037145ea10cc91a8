// Writes one CSS file per preset to dist/css/<preset>.css, for pages that theme the widget with CSS alone.
// Runs after rollup, from the built ESM, so the files hold exactly what `toCss` produces.
import { mkdirSync, writeFileSync } from 'node:fs';

const { PRESETS, toCss } = await import(new URL('../dist/index.js', import.meta.url).href);
const dir = new URL('../dist/css/', import.meta.url);
mkdirSync(dir, { recursive: true });

// :where() gives the rule zero specificity: any rule of the page's own that targets the element wins, whatever
// the order of the stylesheets.
const selector = ':where(waypost-tracker, [data-waypost])';
for (const [name, theme] of Object.entries(PRESETS)) {
  const header = `/* @waypost/themes: the ${name} preset. Your own --waypost-* rules for the element override it. */\n`;
  writeFileSync(new URL(`${name}.css`, dir), header + toCss(theme, { selector }));
}
console.log(`[waypost] wrote ${Object.keys(PRESETS).length} preset stylesheets to dist/css/`);
