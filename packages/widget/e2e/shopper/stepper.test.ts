import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

describe('the milestone stepper', () => {
  const session = useBrowser();

  for (const direction of ['ltr', 'rtl'] as const) {
    it(`draws every step's dot over the lines that join the steps (${direction})`, async () => {
      // W1003 is delivered: every step is done, each dot a check mark with a line on both sides.
      const attributes = direction === 'rtl' ? { locale: 'he' } : {};
      const { page } = await openOrder(session, 'W1003', { viewport: { width: 640, height: 900 }, attributes });
      const covered = await page.evaluate(() => {
        const root = document.querySelector('#w')!.shadowRoot!;
        const dots = [...root.querySelectorAll('.st .dot')];
        // Points inside each dot on the line's height, on both sides of its centre: where a line meets the dot.
        return {
          dots: dots.length,
          hits: dots.flatMap((dot) => {
            const box = dot.getBoundingClientRect();
            return [-6, 6].map((dx) => {
              const hit = root.elementFromPoint(box.left + box.width / 2 + dx, box.top + 10);
              return hit !== null && dot.contains(hit) ? null : `${dot.parentElement?.textContent} at ${dx}px`;
            });
          }),
        };
      });
      expect(covered.dots).toBe(5);
      expect(covered.hits.filter(Boolean)).toEqual([]);
    });
  }
});
