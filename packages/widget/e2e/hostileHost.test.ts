import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadImages } from './harness/loadImages.js';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

// Both pages place the widget identically; only the hostile one adds the CSS that breaks widgets in the wild.
const layout = '<style>body { margin: 0 } main { display: block; width: 520px; margin: 16px }</style>';
const hostile = `<style>
  html { font-size: 62.5%; }
  * { line-height: 2; box-sizing: content-box; }
  div { display: flex; }
  button { all: unset; }
  img { width: 100%; }
  body { color: #c00000; letter-spacing: 0.1em; text-transform: uppercase; text-align: center; }
</style>`;

/** The widget's box and a screenshot of it, once it settled (with `settled`, the part that loads after the first paint). */
async function capture(page: Page, url: string, ready: string, settled: string | null) {
  await page.goto(url);
  const host = page.locator('#w');
  await host.getByRole('heading', { name: ready }).waitFor();
  if (settled) await host.locator(settled).first().waitFor();
  await loadImages(page, '#w');
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const box = await host.boundingBox();
  const shot = await host.screenshot({ animations: 'disabled', caret: 'hide' });
  return { size: box && { width: box.width, height: box.height }, shot };
}

describe('a hostile host page', () => {
  const session = useBrowser();

  for (const [state, attributes, heading, settled] of [
    ['the form', {}, 'Track your order', null],
    ['an order with images', { order: 'W1001', email: SHOPPER.email }, 'Order W1001', '[part~="actions"] button'],
  ] as const) {
    it(`renders ${state} with the same box and pixels as a plain page`, async () => {
      const { server } = session;
      const body = tracker({ endpoint: server.endpoint, ...attributes });
      const name = state.replace(/\W+/g, '-');
      const plainUrl = server.page(`/plain-${name}`, renderPage({ head: layout + scriptTag(), body }));
      const hostileUrl = server.page(`/hostile-${name}`, renderPage({ head: layout + hostile + scriptTag(), body }));
      const opened = await session.open({ viewport: { width: 800, height: 2400 } });
      const plain = await capture(opened.page, plainUrl, heading, settled);
      const attacked = await capture(opened.page, hostileUrl, heading, settled);

      expect(attacked.size).toEqual(plain.size);
      const same = attacked.shot.equals(plain.shot);
      if (!same) {
        const folder = join(tmpdir(), 'waypost-e2e');
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `plain-${name}.png`), plain.shot);
        writeFileSync(join(folder, `hostile-${name}.png`), attacked.shot);
      }
      expect(same, `screenshots differ; both written to ${join(tmpdir(), 'waypost-e2e')}`).toBe(true);
    });
  }
});
