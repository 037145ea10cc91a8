// Builds @waypost/react: one ESM entry, the widget and React left external. The file starts with 'use client' so
// that React Server Components frameworks (Next.js app router) render the component on the client side of the
// boundary; rollup drops module-level directives, so the banner puts it back.
import { createEsmConfig } from '../../scripts/rollupConfig.mjs';

const config = createEsmConfig({ input: { index: 'src/index.ts' }, packageDir: new URL('./', import.meta.url) });

export default {
  ...config,
  output: { ...config.output, banner: "'use client';" },
  onwarn(warning, warn) {
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
    warn(warning);
  },
};
