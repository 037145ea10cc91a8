import { createEsmConfig } from '../../scripts/rollupConfig.mjs';

export default createEsmConfig({ input: { index: 'src/index.ts' }, packageDir: new URL('./', import.meta.url) });
