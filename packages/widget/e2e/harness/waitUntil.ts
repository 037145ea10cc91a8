import type { Page, PageFunction } from 'playwright-core';

/** What a check returns when it is done: anything but a falsy value. */
export type Settled<R> = Exclude<R, false | 0 | '' | null | undefined>;

/**
 * Polls `check` in the page from Node until it returns a truthy value, and returns that value. Unlike
 * `page.waitForFunction`, which builds its predicate with `new Function` inside the page, this stays silent under
 * a strict CSP or Trusted Types, whose violations the tests count.
 *
 * @default timeout 15 s
 * @example await waitUntil(page, () => document.querySelector('#w')?.shadowRoot?.querySelector('[lang="fr"]') !== null)
 */
export async function waitUntil<R, A = undefined>(
  page: Page,
  check: PageFunction<A, R>,
  arg?: A,
  { timeout = 15_000, message = check.toString() } = {},
): Promise<Settled<R>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(check, arg as A);
    if (value) return value as Settled<R>;
    if (Date.now() > deadline) throw new Error(`[waypost] timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
