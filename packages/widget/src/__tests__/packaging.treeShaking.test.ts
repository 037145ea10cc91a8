import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { type RollupCache, rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A storefront's bundler, played by rollup: the consumer is a folder of its own (under node_modules/.cache, where
// vitest may still import its output) that finds `@waypost/widget` in its own node_modules (a link to this
// package, so `exports` and `sideEffects` are read from package.json) and bundles the built npm files with
// production tree-shaking. What survives is what a real app would ship.
const packageDir = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const built = ['index.js', 'element.js'].every((file) => existsSync(join(packageDir, 'dist', file)));

if (!built) console.warn('[waypost] sideEffects test skipped: run `pnpm build` first');

const consumers = {
  element: `import '@waypost/widget/element';`,
  defineElement: `import { defineElement } from '@waypost/widget';\ndefineElement('waypost-shaken');`,
  mount: `import { mount } from '@waypost/widget';\nexport const handle = () => mount('#tracking', {});`,
  version: `import { VERSION } from '@waypost/widget';\nexport const version = VERSION;`,
};
type Consumer = keyof typeof consumers;

describe.skipIf(!built)('sideEffects', () => {
  const cache = join(packageDir, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, 'waypost-consumer-'));
  const code = {} as Record<Consumer, string>;
  const run = (name: Consumer) => import(/* @vite-ignore */ join(root, `${name}.bundle.mjs`));

  beforeAll(async () => {
    mkdirSync(join(root, 'node_modules', '@waypost'), { recursive: true });
    symlinkSync(packageDir, join(root, 'node_modules', '@waypost', 'widget'), 'dir');
    let rollupCache: RollupCache | undefined;
    for (const [name, source] of Object.entries(consumers) as Array<[Consumer, string]>) {
      writeFileSync(join(root, `${name}.js`), source);
      const bundle = await rollup({
        input: join(root, `${name}.js`),
        cache: rollupCache,
        plugins: [nodeResolve({ browser: true })],
        onwarn: () => {},
      });
      rollupCache = bundle.cache;
      const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
      code[name] = output[0].code;
      writeFileSync(join(root, `${name}.bundle.mjs`), code[name]);
    }
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the registration of a bare `@waypost/widget/element` import', async () => {
    expect(code.element).toContain('customElements.define(');
    expect(customElements.get('waypost-tracker')).toBeUndefined();
    await run('element');
    expect(customElements.get('waypost-tracker')).toBeTypeOf('function');
  });

  it('registers the element when a consumer calls the imported defineElement', async () => {
    expect(code.defineElement).toContain('customElements.define(');
    await run('defineElement');
    const Element = customElements.get('waypost-shaken');
    expect(Element).toBeTypeOf('function');
    expect('endpoint' in (Element as CustomElementConstructor).prototype).toBe(true);
  });

  it('reaches catalogs and presets through the bundle, never through import.meta.url', () => {
    // Bundlers rewrite `new URL(…, import.meta.url)` into asset URLs (Vite) or media files (Next.js): the npm path
    // must not depend on it. Here the bundler inlined the catalog and preset chunks.
    expect(code.mount).not.toContain('import.meta.url');
    expect(code.mount).toContain('Sigue tu pedido');
  });

  it('drops the element and the widget UI when only VERSION is used', () => {
    expect(code.version).toContain(JSON.stringify(version));
    expect(code.version).not.toContain('customElements.define(');
    expect(code.version).not.toContain('attachShadow');
    expect(code.version.length).toBeLessThan(code.mount.length / 4);
  });
});
