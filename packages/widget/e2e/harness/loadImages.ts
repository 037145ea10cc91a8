import type { Page } from 'playwright-core';

/**
 * Brings every image of a widget into view (line items load lazily), waits until each has finished loading or
 * failed, scrolls back to the top, and returns their natural widths (0 for an image that did not load).
 *
 * @example expect(await loadImages(page, '#w')).not.toContain(0)
 */
export async function loadImages(page: Page, host: string): Promise<number[]> {
  await page.evaluate((selector) => {
    for (const image of document.querySelector(selector)?.shadowRoot?.querySelectorAll('img') ?? []) {
      image.scrollIntoView();
    }
  }, host);
  const widths = await page.waitForFunction((selector) => {
    const images = [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('img') ?? [])];
    return images.every((image) => image.complete) && images.map((image) => image.naturalWidth);
  }, host);
  await page.evaluate(() => window.scrollTo(0, 0));
  return (await widths.jsonValue()) as number[];
}
