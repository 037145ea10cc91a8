import { existsSync } from 'node:fs';
import { getContrastRatio } from '@waypost/themes';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../../../scripts/launchChromium.mjs';
import { startDemo } from '../server/startDemo.mjs';

const bundle = new URL('../../../packages/widget/dist/waypost.js', import.meta.url);
const missing = !existsSync(CHROMIUM_PATH)
  ? 'Chromium'
  : !existsSync(bundle)
    ? 'the widget bundle (run `pnpm build`)'
    : null;
if (missing) console.warn(`[waypost] skipping the storefront's Chromium checks: ${missing} is missing`);

describe.skipIf(missing !== null)('startDemo in Chromium', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let browser: Browser;

  // launch() gives every run a fresh temporary profile of its own.
  beforeAll(async () => {
    demo = await startDemo({ port: 0 });
    browser = await launchChromium(chromium);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function openPage(path: string) {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    // Widget events bubble out of the shadow root; collect them from the first moment.
    await page.addInitScript(() => {
      const seen: Array<{ type: string; detail: unknown }> = [];
      (window as unknown as { waypostEvents: typeof seen }).waypostEvents = seen;
      for (const type of ['waypost:lookup', 'waypost:error']) {
        document.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
      }
    });
    await page.goto(`${demo.url}${path}`);
    const events = () => page.evaluate(() => (window as unknown as { waypostEvents: unknown[] }).waypostEvents);
    return { page, violations, events };
  }

  it('looks up W1001 from track.html under the strict CSP', async () => {
    const { page, violations, events } = await openPage('/track.html');
    await page.locator('waypost-tracker').waitFor();
    await page.click('button[data-order="W1001"]');
    await expect.poll(events, { timeout: 15_000 }).toContainEqual(expect.objectContaining({ type: 'waypost:lookup' }));
    await page.locator('waypost-tracker').getByText(/W1001/).first().waitFor({ timeout: 10_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lists every order on the account page by its token and opens one in place, without typing', async () => {
    const { page, violations, events } = await openPage('/account.html');
    const list = page.locator('waypost-tracker').getByRole('list', { name: 'Your orders' });
    await list.getByRole('button', { name: /Order W1008/ }).waitFor({ timeout: 20_000 });
    await expect(list.getByRole('button').count()).resolves.toBe(8);
    await list.getByRole('button', { name: /Order W1004/ }).click();
    await expect.poll(events, { timeout: 15_000 }).toContainEqual(expect.objectContaining({ type: 'waypost:lookup' }));
    await page.locator('waypost-tracker').getByRole('heading', { name: 'Order W1004' }).waitFor();
    expect(((await events()) as Array<{ type: string }>).filter((event) => event.type === 'waypost:error')).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('draws the keyboard focus ring with the store’s tokens at 3:1 or more against what it sits on', async () => {
    const { page } = await openPage('/track.html');
    const widget = page.locator('waypost-tracker');
    await widget.getByRole('button', { name: 'Track' }).waitFor();
    const measured: Array<{ ring: string; width: string; behind: string }> = [];
    for (const control of [widget.locator('input').first(), widget.getByRole('button', { name: 'Track' })]) {
      await control.focus();
      measured.push(
        await control.evaluate((element) => {
          // The first opaque background behind the control, across the shadow boundary.
          let node: Element | null = element.parentElement;
          let behind = 'rgb(255, 255, 255)';
          while (node) {
            const colour = getComputedStyle(node).backgroundColor;
            if (!/rgba\(.*, 0\)|transparent/.test(colour)) {
              behind = colour;
              break;
            }
            node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
          }
          const style = getComputedStyle(element);
          return { ring: style.outlineColor, width: style.outlineWidth, behind };
        }),
      );
    }
    for (const { ring, width, behind } of measured) {
      expect(Number.parseFloat(width)).toBeGreaterThanOrEqual(2);
      expect(getContrastRatio(ring, behind), `${ring} on ${behind}`).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });
});
