import { getContrastRatio, type Rgb } from '@waypost/themes';
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

  /**
   * Contrast of each accent-coloured text against the widget's surface (`links`), and of the marks drawn in the
   * accent against their card (`marks`: the current step's ring, the latest event's dot). The page turns each
   * computed colour (which may be `oklch()`) into sRGB through a canvas; `getContrastRatio` measures the pairs.
   */
  const contrasts = async (page: import('playwright-core').Page) => {
    const pairs = await page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (colour: string) => {
        canvas.clearRect(0, 0, 1, 1);
        canvas.fillStyle = colour;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        return { r: r!, g: g!, b: b!, alpha: 1 };
      };
      const surface = rgb(getComputedStyle(root.querySelector('[part~="root"]')!).backgroundColor);
      const card = rgb(getComputedStyle(root.querySelector('[part~="shipment"]')!).backgroundColor);
      const current = root.querySelector('.st .cur .dot')!;
      const latest = root.querySelector('.tl li')!;
      return {
        links: [...root.querySelectorAll('a, .b3, summary')].map((element) => ({
          text: element.textContent?.trim(),
          colours: [rgb(getComputedStyle(element).color), surface],
        })),
        marks: [
          { text: 'current step', colours: [rgb(getComputedStyle(current).borderTopColor), card] },
          { text: 'latest event', colours: [rgb(getComputedStyle(latest, '::before').backgroundColor), card] },
        ],
      };
    });
    const measure = (pair: { text?: string | undefined; colours: Rgb[] }) => ({
      text: pair.text,
      ratio: getContrastRatio(pair.colours[0]!, pair.colours[1]!),
    });
    return { links: pairs.links.map(measure), marks: pairs.marks.map(measure) };
  };

  it('stays light on a page that declares no scheme, even when the system prefers dark', async () => {
    const { page } = await open('/scheme-none', '');
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#w')!.shadowRoot!.querySelector('[part~="root"]')!).backgroundColor,
    );
    expect(background).toBe('rgb(255, 255, 255)');
    const { links, marks } = await contrasts(page);
    for (const { text, ratio } of links) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
    for (const { text, ratio } of marks) expect(ratio, text).toBeGreaterThanOrEqual(3);
  });

  it('follows the system on a page that opts in, keeps the host accent readable in text and marks, and passes axe in dark', async () => {
    const { page } = await open('/scheme-dark', '<meta name="color-scheme" content="light dark">');
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#w')!.shadowRoot!.querySelector('[part~="root"]')!).backgroundColor,
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
    const { links, marks } = await contrasts(page);
    expect(links.length).toBeGreaterThan(2);
    for (const { text, ratio } of links) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
    // Marks that show state (WCAG 1.4.11, 3:1): they vanished too when they took the host's accent as it is.
    for (const { text, ratio } of marks) expect(ratio, text).toBeGreaterThanOrEqual(3);
    const findings = await runAxe(page);
    expect(findings, formatFindings(findings)).toEqual([]);
    await saveShot(page.locator('#w [part~="shipment"]'), 'dark-host-accent');
  });
});
