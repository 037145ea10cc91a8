import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll } from 'vitest';

// The modules that load after the first paint are transformed once up front, so that a test's `flush()` sees
// them arrive as fast as a cached chunk does in a browser. The result views load as the widget loads them
// (`loadLazy`, which adds their English to `en`), so tests of a single view find the text a page shows. The loader
// is imported here, after the test file's own `vi.mock` calls, so that a test can mock the chunk loader beneath it.
beforeAll(async () => {
  const { loadLazy } = await import('../lazy/loadLazy.js');
  await Promise.all([
    // Node-environment tests (importing the package the way Node would) have no document and render nothing.
    typeof document === 'undefined' ? null : loadLazy('result', new URL('./', document.baseURI).href),
    import('../actions/index.js'),
    import('../records/index.js'),
  ]);
});

// `waitFor` and `findBy…` give up after 1 s by default, which a busy machine overruns while a lazy view loads; 10 s,
// like `vi.waitFor` (vitest.setup.ts).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // What one test remembers in this browser (an alerts mark) must not change what the next one shows.
  globalThis.localStorage?.clear();
});

// Preact's hooks run effects after the next frame, with a 35 ms timer as a fallback; a timer still pending when a
// file ends would fire after jsdom is gone (`cancelAnimationFrame is not defined`). Let those timers run first.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
});
