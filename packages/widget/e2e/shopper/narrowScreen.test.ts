import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

describe('the order view on a 320 px screen', () => {
  const session = useBrowser();

  const open = () =>
    openOrder(session, 'W1004', {
      viewport: { width: 320, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });

  it('breaks no word across lines: stepper labels, tracking numbers and buttons wrap between words or groups', async () => {
    const { page } = await open();
    const broken = await page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      const found: string[] = [];
      const walker = document.createTreeWalker(root.querySelector('[part~="root"]')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
    });
    expect(broken).toEqual([]);
    await saveShot(page.locator('#w [part~="shipment"]').first(), 'narrow-320');
  });

  it('sets each label on the first line of its value, even when the value wraps under it', async () => {
    const { page } = await open();
    const rows = await page.evaluate(() => {
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
          wrapped: term.nextElementSibling!.getBoundingClientRect().height > 2 * value.height,
          apart: Math.abs(label.bottom - value.bottom),
        };
      });
    });
    // The FedEx parcel's number and its Copy button do not fit beside the label at 320 px: they wrap.
    expect(rows.some((row) => row.term === 'Tracking number' && row.wrapped)).toBe(true);
    for (const row of rows) expect(row.apart, String(row.term)).toBeLessThan(4);
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
