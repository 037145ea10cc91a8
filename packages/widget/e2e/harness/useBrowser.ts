import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createTestServer, type TestServer } from './createTestServer.js';
import { getDistFile } from './getDistFile.js';
import { launchBrowser } from './launchBrowser.js';
import { type RecordedEvent, recordViolations, recordWidgetEvents, trackTimers } from './pageProbes.js';

/** Options of `open`: a context's options plus the probes to install. */
export interface OpenOptions extends BrowserContextOptions {
  /** Wrap the page's timer functions so a test can see what is still scheduled. */
  trackTimers?: boolean;
}

/** A page of its own context, with everything it reported. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and unhandled rejections; any of them fails the test. */
  errors: Error[];
  /** Every console message, as `type: text`. */
  console: string[];
  /** CSP and Trusted Types violations: the page's events plus Chromium's console reports of them. */
  violations(): Promise<string[]>;
  /** The `waypost:*` events so far. */
  events(): Promise<RecordedEvent[]>;
  /** Waits for a `waypost:<name>` event whose detail (and `target`, when given) matches every field of `match`. */
  waitForEvent(name: string, match?: Record<string, unknown>): Promise<void>;
  /** Pending timeouts and live intervals (needs `trackTimers`). */
  timers(): Promise<string[]>;
}

/** A test file's Chromium and storefront. */
export interface BrowserSession {
  readonly server: TestServer;
  readonly browser: Browser;
  open(options?: OpenOptions): Promise<OpenedPage>;
}

const EVENT_TIMEOUT = 15_000;
const isViolationReport = (text: string) => /Content Security Policy|Trusted Type/i.test(text);

/**
 * Sets up one browser and one test server for a test file (the bundle must be built), gives each test fresh
 * contexts through `open()`, and after each test closes them, releases whatever the server held, and fails the test
 * on any uncaught page error.
 *
 * @example const session = useBrowser(); it('…', async () => { const { page } = await session.open() })
 */
export function useBrowser(): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let opened: OpenedPage[] = [];

  beforeAll(async () => {
    getDistFile('waypost.js');
    [server, browser] = await Promise.all([createTestServer(), launchBrowser()]);
  });
  afterEach(async () => {
    const errors = opened.flatMap((entry) => entry.errors.map((error) => `${error.name}: ${error.message}`));
    await Promise.all(opened.map((entry) => entry.context.close()));
    opened = [];
    // Nothing a failed test held (its requests, its streams) carries over into the next one.
    server?.release();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  const open = async ({ trackTimers: withTimers, ...options }: OpenOptions = {}): Promise<OpenedPage> => {
    if (!browser) throw new Error('[waypost] open() runs inside a test, after beforeAll');
    const context = await browser.newContext(options);
    await context.addInitScript(recordViolations);
    await context.addInitScript(recordWidgetEvents);
    if (withTimers) await context.addInitScript(trackTimers);
    const page = await context.newPage();
    const entry: OpenedPage = {
      page,
      context,
      errors: [],
      console: [],
      async violations() {
        const reported = await page.evaluate(
          () => (window as unknown as { __waypostViolations: string[] }).__waypostViolations,
        );
        return [...reported, ...entry.console.filter(isViolationReport)];
      },
      events: () => page.evaluate(() => (window as unknown as { __waypostEvents: RecordedEvent[] }).__waypostEvents),
      async waitForEvent(name, match = {}) {
        // Polled from Node, so that a timeout can list the events that did arrive.
        const matches = (event: RecordedEvent) =>
          event.name === name &&
          Object.entries(match).every(([key, value]) =>
            key === 'target' ? event.target === value : event.detail?.[key] === value,
          );
        const deadline = Date.now() + EVENT_TIMEOUT;
        for (;;) {
          const events = await entry.events();
          if (events.some(matches)) return;
          if (Date.now() > deadline) {
            const seen = events.map((event) => `${event.name}@${event.target} ${JSON.stringify(event.detail)}`);
            throw new Error(`[waypost] no waypost:${name} matching ${JSON.stringify(match)}; saw:\n${seen.join('\n')}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      timers: () => page.evaluate(() => (window as unknown as { __waypostTimers: () => string[] }).__waypostTimers()),
    };
    page.on('pageerror', (error) => entry.errors.push(error));
    page.on('console', (message) => entry.console.push(`${message.type()}: ${message.text()}`));
    opened.push(entry);
    return entry;
  };

  return {
    get server() {
      if (!server) throw new Error('[waypost] the test server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('[waypost] the browser starts in beforeAll');
      return browser;
    },
    open,
  };
}
