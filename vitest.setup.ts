import { vi } from 'vitest';

// `vi.waitFor` gives up after one second by default, and Vitest has no setting for it. Every project loads this
// file: on a busy two-core machine (the unit files, the Chromium files and the integration builds run side by
// side in CI) a lazily loaded view can take longer than that, so waits default to 10 s. A test may still pass
// its own options.
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor;
