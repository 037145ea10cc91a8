import { describe, expect, it } from 'vitest';
import { dataHost, scriptTag, tracker } from './harness/markup.js';
import { readShadowStyle } from './harness/readShadowStyle.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

const NONCE = 'r4nd0m-n0nce';
const POLICY = `default-src 'none'; script-src 'self'; style-src 'nonce-${NONCE}'`;

describe('the nonce fallback', () => {
  const session = useBrowser();

  // Chromium hides a `nonce` attribute once the element is in a page with a CSP (it reads back as ""; the value
  // stays in the `nonce` property), which is why the element and the data host are both checked.
  for (const [kind, markup] of [
    ['<waypost-tracker nonce>', (endpoint: string) => tracker({ endpoint, nonce: NONCE })],
    ['[data-waypost][data-nonce]', (endpoint: string) => dataHost({ endpoint, nonce: NONCE }, 'w')],
  ] as const) {
    it(`styles ${kind} under style-src 'nonce-…' in a browser without constructable stylesheets`, async () => {
      const { server } = session;
      const url = server.page(`/nonce-${kind.replace(/\W+/g, '-')}`, {
        html: renderPage({ head: scriptTag(), body: markup(server.endpoint) }),
        headers: { 'content-security-policy': POLICY },
      });
      const opened = await session.open();
      // An older browser: `CSSStyleSheet` cannot be filled from a string, so adopted stylesheets are not an option.
      await opened.context.addInitScript(() => {
        delete (CSSStyleSheet.prototype as Partial<CSSStyleSheet>).replaceSync;
      });
      await opened.page.goto(url);
      await opened.page.locator('#w').getByRole('button', { name: 'Track' }).waitFor();

      const styles = await opened.page.evaluate(() => {
        const root = document.querySelector('#w')!.shadowRoot!;
        return {
          adopted: root.adoptedStyleSheets.length,
          nonces: [...root.querySelectorAll('style')].map((style) => style.nonce),
          inHead: document.head.querySelectorAll('style').length,
        };
      });
      expect(styles).toEqual({ adopted: 0, nonces: [NONCE, NONCE], inHead: 0 });
      const button = await readShadowStyle(opened.page, '#w', ['min-height'], 'button[type="submit"]');
      expect(button['min-height']).toBe('44px');
      expect(await opened.violations()).toEqual([]);
    });
  }
});
