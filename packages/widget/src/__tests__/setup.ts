import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';

// The modules that load after the first paint are transformed once up front, so that a test's `flush()` sees
// them arrive as fast as a cached chunk does in a browser.
beforeAll(async () => {
  await Promise.all([import('../actions/index.js'), import('../records/index.js')]);
});

afterEach(() => {
  cleanup();
});
