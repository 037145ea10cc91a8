import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

/**
 * Every element drawn past the left or right edge of what holds it: the card (`.c`) it sits in, else the widget.
 * What a narrow column would cut.
 */
const outsideCards = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('#w')!.shadowRoot!;
    const widget = root.querySelector('[part~="root"]')!;
    return [...widget.querySelectorAll('*')]
      .filter((element) => !element.closest('.vh') && element.getClientRects().length > 0)
      .filter((element) => {
        const edge = (element.parentElement?.closest('.c') ?? widget).getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.right > edge.right + 0.5 || box.left < edge.left - 0.5;
      })
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.slice(0, 20)}"`);
  });

/**
 * Words drawn across two lines (outside `.vh`) in the elements `selector` finds in the widget: each should wrap
 * between words, or between groups.
 */
const brokenWords = (page: Page, selector = '[part~="root"]') =>
  page.evaluate((selector) => {
    const root = document.querySelector('#w')!.shadowRoot!;
    const found: string[] = [];
    const nodes = [...root.querySelectorAll(selector)].flatMap((element) => {
      const list: Node[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) list.push(node);
      return list;
    });
    for (const node of nodes) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.vh') || !parent.getClientRects().length) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) found.push(match[0]);
      }
    }
    return found;
  }, selector);

describe('the order view on a 320 px screen', () => {
  const session = useBrowser();

  const open = () =>
    openOrder(session, 'W1004', {
      viewport: { width: 320, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });

  it('breaks no word across lines: stepper labels, tracking numbers and buttons wrap between words or groups', async () => {
    const { page } = await open();
    const broken = await brokenWords(page);
    expect(broken).toEqual([]);
    await saveShot(page.locator('#w [part~="shipment"]').first(), 'narrow-320');
  });

  it('keeps German detail labels whole beside their values, at every width where they sit beside them', async () => {
    // "Voraussichtliche Lieferung", "Versanddienstleister": wider than 40 % of the card in a phone's column, with no
    // hyphenation dictionary. A label's longest word widens its column instead of breaking.
    for (const width of [290, 310, 330, 350, 370]) {
      const { page } = await openOrder(session, 'W1002', {
        viewport: { width: 640, height: 900 },
        attributes: { locale: 'de', style: `display: block; width: ${width}px` },
      });
      await expect(brokenWords(page, '.kv dt'), `${width} px`).resolves.toEqual([]);
    }
  });

  it('shows each step’s name within its step, or the current one alone, when the store sets larger small print', async () => {
    // Whether a step's words fit in it depends on their size, which the store's `--waypost-font-size-xs` sets:
    // where they do not, only the current step is named, under its dot.
    const spilled: string[] = [];
    for (const width of [320, 360, 380, 400, 420, 440, 480]) {
      const { page } = await openOrder(session, 'W1004', {
        viewport: { width: 640, height: 900 },
        attributes: { style: `display: block; width: ${width}px; --waypost-font-size-xs: 16px` },
      });
      const found = await page.evaluate(() => {
        const stepper = document.querySelector('#w')!.shadowRoot!.querySelector('.st')!;
        const shown = [...stepper.querySelectorAll('.l')].filter((label) => label.getBoundingClientRect().width > 1);
        if (shown.length < 2) return [];
        // The drawn extent of each label's words: a word wider than its step spills past the step's box.
        return shown.flatMap((label) => {
          const range = document.createRange();
          range.selectNodeContents(label);
          const rects = [...range.getClientRects()];
          const step = label.parentElement!.getBoundingClientRect();
          const left = Math.min(...rects.map((rect) => rect.left));
          const right = Math.max(...rects.map((rect) => rect.right));
          return left < step.left - 0.5 || right > step.right + 0.5 ? [label.textContent] : [];
        });
      });
      for (const label of found) spilled.push(`${label} at ${width} px`);
    }
    expect(spilled).toEqual([]);
  });

  /** Where each detail label sits against its value: `apart` is the gap between their first lines' baselines. */
  const detailRows = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      // The box of the first line of text in `element` (its first text node's first line).
      const firstLine = (element: Element) => {
        const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.selectNodeContents(text);
        return range.getClientRects()[0]!;
      };
      return [...root.querySelectorAll('.kv dt')].map((term) => {
        const label = firstLine(term);
        const value = firstLine(term.nextElementSibling!);
        return {
          term: term.textContent,
          beside: label.right <= value.left,
          above: label.bottom <= value.top,
          wrapped: term.nextElementSibling!.getBoundingClientRect().height > 2 * value.height,
          apart: Math.abs(label.bottom - value.bottom),
        };
      });
    });

  it('sets each label on the first line of its value, even when the value wraps under it', async () => {
    const { page } = await openOrder(session, 'W1004', { viewport: { width: 390, height: 900 } });
    const rows = await detailRows(page);
    // The FedEx parcel's number and its Copy button do not fit beside the label at 390 px: they wrap.
    expect(rows.some((row) => row.term === 'Tracking number' && row.wrapped)).toBe(true);
    for (const row of rows) {
      expect(row.beside, String(row.term)).toBe(true);
      expect(row.apart, String(row.term)).toBeLessThan(4);
    }
  });

  it('puts each label above its value where the column is too narrow for both', async () => {
    const rows = await detailRows((await open()).page);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.above, String(row.term)).toBe(true);
  });

  it('fits a 240 px column: nothing in a parcel’s card reaches past its edges', async () => {
    // A sidebar narrower than any phone: the stepper shows its dots alone there (each step still says its name and
    // state to assistive technology), and detail labels sit above their values.
    const { page } = await openOrder(session, 'W1004', {
      viewport: { width: 640, height: 900 },
      attributes: { style: 'display: block; width: 240px' },
    });
    const outside = await outsideCards(page);
    expect(outside).toEqual([]);
    const steps = page.locator('#w [part~="stepper"]').first().getByRole('listitem');
    await expect(steps.allTextContents()).resolves.toEqual([
      'Ordered, Completed',
      'Shipped, Completed',
      'In transit, Current step',
      'Out for delivery, Not yet',
      'Delivered, Not yet',
    ]);
    // Only the current step shows its name, under its dot: the others' widths cannot hold theirs.
    const shown = await page
      .locator('#w [part~="stepper"]')
      .first()
      .locator('.l')
      .evaluateAll((labels) =>
        labels.filter((label) => label.getBoundingClientRect().width > 1).map((label) => label.textContent),
      );
    expect(shown).toEqual(['In transit']);
  });

  it('keeps the new-tab icon after the carrier link’s last word when the words wrap, in English, German and Hebrew', async () => {
    // Hebrew's words are shorter: a narrower column makes them wrap.
    for (const [locale, width] of [
      ['en', 240],
      ['de', 240],
      ['he', 170],
    ] as const) {
      const { host } = await openOrder(session, 'W1004', {
        viewport: { width: 640, height: 900 },
        attributes: { locale, style: `display: block; width: ${width}px` },
      });
      const placement = await host
        .locator('[part~="carrier-link"]')
        .first()
        .evaluate((anchor) => {
          const text = document.createTreeWalker(anchor, NodeFilter.SHOW_TEXT).nextNode()!;
          const range = document.createRange();
          range.selectNodeContents(text);
          const lines = [...range.getClientRects()];
          const last = lines.at(-1)!;
          const icon = anchor.querySelector('svg')!.getBoundingClientRect();
          const after =
            getComputedStyle(anchor).direction === 'rtl'
              ? icon.right <= last.left + 0.5
              : icon.left >= last.right - 0.5;
          return {
            lines: new Set(lines.map((line) => Math.round(line.top))).size,
            afterLastWord: after && icon.top < last.bottom && icon.bottom > last.top,
          };
        });
      // The words wrap at this width (else the test proves nothing), and the icon ends their last line.
      expect(placement.lines, locale).toBeGreaterThan(1);
      expect(placement.afterLastWord, locale).toBe(true);
    }
  });

  it('fits an exchange’s two legs into a 240 px column, one above the other', async () => {
    const { page, host } = await openOrder(session, 'W1006', {
      viewport: { width: 640, height: 900 },
      attributes: { style: 'display: block; width: 240px' },
    });
    await host.getByRole('button', { name: 'View exchange' }).click();
    await host.getByRole('heading', { name: 'What you’re sending back' }).waitFor();
    await expect(outsideCards(page)).resolves.toEqual([]);
    const legs = await host
      .locator('.lg > *')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().left));
    expect(legs).toHaveLength(2);
    expect(legs[0]).toBe(legs[1]);
  });

  it('shows a return’s seven steps on a 360 px phone without widening the page', async () => {
    const { page, host } = await openOrder(session, 'W1005', { viewport: { width: 360, height: 900 } });
    await host.getByRole('button', { name: 'View return' }).click();
    await host.getByRole('heading', { name: 'Return RMA-58213' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(360);
    await expect(outsideCards(page)).resolves.toEqual([]);
    await expect(host.locator('[part~="stepper"]').first().getByRole('listitem').count()).resolves.toBe(7);
  });

  it('gives every control a target of at least 44 × 44 px', async () => {
    const { page } = await open();
    const small = await page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      return [...root.querySelectorAll('button, a, summary, input:not([type=radio]), .seg label')]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ element, box }) => `${element.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`);
    });
    expect(small).toEqual([]);
  });

  it('shows a visible "Copied" on the copy button and puts the number on the clipboard', async () => {
    const { page } = await open();
    const button = page.locator('#w').getByRole('button', { name: 'Copy tracking number 776218344522' });
    await button.click();
    // The label changes once the clipboard write resolves, which a busy machine can finish after the click returns.
    await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('776218344522');
  });
});
