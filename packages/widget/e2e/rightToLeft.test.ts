import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';
import { openOrder } from './shopper/openOrder.js';

describe('right-to-left locales', () => {
  const session = useBrowser();

  it('mirrors the widget for ar and he and not for en', async () => {
    const { server } = session;
    const body = ['en', 'ar', 'he']
      .map((locale) => tracker({ endpoint: server.endpoint, locale, order: 'W1001', email: SHOPPER.email }, locale))
      .join('\n');
    const url = server.page('/rtl', renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    for (const id of ['en', 'ar', 'he']) {
      await opened.waitForEvent('status', { target: id, state: 'ready' });
      // The order's heading comes with the result views, which may still be loading when the status is ready.
      await opened.page.locator(`#${id} h2`, { hasText: 'W1001' }).waitFor();
    }

    const layout = await opened.page.evaluate(() =>
      ['en', 'ar', 'he'].map((id) => {
        const root = document.querySelector(`#${id}`)!.shadowRoot!;
        const widget = root.querySelector('[part~="root"]')!;
        const heading = root.querySelector('h2')!;
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        const box = heading.getBoundingClientRect();
        return {
          id,
          direction: getComputedStyle(widget).direction,
          // Which edge of its line the heading's text hugs.
          edge: Math.abs(text.left - box.left) < Math.abs(box.right - text.right) ? 'left' : 'right',
        };
      }),
    );
    expect(layout).toEqual([
      { id: 'en', direction: 'ltr', edge: 'left' },
      { id: 'ar', direction: 'rtl', edge: 'right' },
      { id: 'he', direction: 'rtl', edge: 'right' },
    ]);
  });

  it('keeps the store’s English text in its own order inside a Hebrew widget: the full stop ends the sentence', async () => {
    // W1004's exception and its events come from the store in English. Unisolated, an English sentence in a
    // right-to-left paragraph shows its full stop at the far left, before its first word.
    // W1002's delay reasons are the store's English too, inside Hebrew sentences (the banner, the date's history).
    const sentences: Array<{ text: string; stopAfterWords: boolean }> = [];
    for (const order of ['W1004', 'W1002']) {
      const { host } = await openOrder(session, order, { attributes: { locale: 'he' } });
      for (const summary of await host.locator('details summary').all()) await summary.click();
      sentences.push(...(await englishSentences(host)));
    }
    expect(sentences.length).toBeGreaterThan(2);
    for (const sentence of sentences) expect(sentence.stopAfterWords, sentence.text).toBe(true);
  });
});

/** Every English sentence's full stop in the banners, events and date history, and whether it follows its words. */
const englishSentences = (host: Locator) =>
  host.locator('[part~="banner"] p, [part~="event"] p, details li').evaluateAll((paragraphs) =>
    paragraphs.flatMap((paragraph) => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const found: Array<{ text: string; stopAfterWords: boolean }> = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // The last English word's full stop, inside an isolate (U+2069 after it) or ending the text.
        const match = /[A-Za-z]\.(?=\u2069|\s*$)/.exec(text);
        if (!match) continue;
        const end = match.index + 2;
        const rect = (start: number, stop: number) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, stop);
          return range.getBoundingClientRect();
        };
        const stop = rect(end - 1, end);
        const letter = rect(end - 2, end - 1);
        found.push({ text, stopAfterWords: stop.left >= letter.right - 1 });
      }
      return found;
    }),
  );
