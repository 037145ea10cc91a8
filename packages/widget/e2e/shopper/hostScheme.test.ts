import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { formatFindings, runAxe } from '../harness/runAxe.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

/** The store's own accent, a dark green that vanished on a dark surface (1.37:1). */
const HOST_ACCENT = '<style>waypost-tracker { --waypost-color-accent: #2f3b2a; }</style>';

describe("the page's colour scheme and a host accent", () => {
  const session = useBrowser();

  const open = async (path: string, head: string) => {
    const { server } = session;
    const body = tracker({ endpoint: server.endpoint, order: 'W1002', email: SHOPPER.email });
    const url = server.page(path, renderPage({ head: `${head}${HOST_ACCENT}${scriptTag()}`, body }));
    const opened = await session.open({ colorScheme: 'dark', viewport: { width: 640, height: 900 } });
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1002' }).waitFor();
    return opened;
  };

  /** Contrast of each accent-coloured text against the widget's surface, computed in the page. */
  const linkContrast = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (colour: string) => {
        canvas.clearRect(0, 0, 1, 1);
        canvas.fillStyle = colour;
        canvas.fillRect(0, 0, 1, 1);
        return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((v) => {
          const c = v / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const surface = luminance(getComputedStyle(root.querySelector('[part~="root"]')!).backgroundColor);
      return [...root.querySelectorAll('a, .b3, summary')].map((element) => {
        const text = luminance(getComputedStyle(element).color);
        const [hi, lo] = [Math.max(text, surface), Math.min(text, surface)];
        return { text: element.textContent?.trim(), ratio: (hi + 0.05) / (lo + 0.05) };
      });
    });

  it('stays light on a page that declares no scheme, even when the system prefers dark', async () => {
    const { page } = await open('/scheme-none', '');
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#w')!.shadowRoot!.querySelector('[part~="root"]')!).backgroundColor,
    );
    expect(background).toBe('rgb(255, 255, 255)');
    for (const { text, ratio } of await linkContrast(page)) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
  });

  it('follows the system on a page that opts in, keeps the host accent readable, and passes axe in dark', async () => {
    const { page } = await open('/scheme-dark', '<meta name="color-scheme" content="light dark">');
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#w')!.shadowRoot!.querySelector('[part~="root"]')!).backgroundColor,
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
    const contrasts = await linkContrast(page);
    expect(contrasts.length).toBeGreaterThan(2);
    for (const { text, ratio } of contrasts) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
    const findings = await runAxe(page);
    expect(findings, formatFindings(findings)).toEqual([]);
    await saveShot(page.locator('#w [part~="shipment"]'), 'dark-host-accent');
  });
});
