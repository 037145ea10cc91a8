import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/launchChromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens; each test file connects to it instead of starting its own. */
    chromiumEndpoint: string;
  }
}

/**
 * The Chromium project's global setup: one browser for the whole run, which every test file connects to (a launch
 * per file cost about 1.5 s of CPU, 45 times over). Files stay apart: each test still gets fresh contexts.
 */
export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
