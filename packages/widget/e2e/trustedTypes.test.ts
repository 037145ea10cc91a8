import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe("a page that requires Trusted Types for 'script'", () => {
  const session = useBrowser();

  it('runs the form, a lookup, the order view and a catalog switch without a violation', async () => {
    const { server } = session;
    const url = server.page('/trusted-types', {
      html: renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }),
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
    });
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1004');
    await host.getByRole('textbox', { name: 'Email' }).fill(SHOPPER.email);
    await host.getByRole('button', { name: 'Track' }).click();
    await host.getByRole('heading', { name: 'Order W1004' }).waitFor();
    await opened.page.evaluate(() => document.querySelector('#w')?.setAttribute('locale', 'es'));
    await opened.page.waitForFunction(() => {
      const heading = document.querySelector('#w')?.shadowRoot?.querySelector('h2');
      return heading?.closest('[lang]')?.getAttribute('lang') === 'es' && heading.textContent === 'Pedido W1004';
    });

    expect(await opened.violations()).toEqual([]);
    // Checked last: the probe itself is a violation.
    const enforced = await opened.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(enforced, 'the page really enforces Trusted Types').toBe(true);
  });
});
