import { existsSync } from 'node:fs';
import { createEsmConfig } from '../../scripts/rollupConfig.mjs';

const entries = ['index', 'server', 'aftership', 'easypost', 'shippo', 'ship24', '17track', 'karrio', 'shopify'];

export default createEsmConfig({
  input: Object.fromEntries(
    entries.filter((name) => existsSync(`src/${name}.ts`)).map((name) => [name, `src/${name}.ts`]),
  ),
  packageDir: new URL('./', import.meta.url),
});
