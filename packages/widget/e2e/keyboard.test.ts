import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

interface Stop {
  label: string;
  outline: string;
}

describe('keyboard use', () => {
  const session = useBrowser();

  it('reaches every control of an order with Tab and shows a focus ring on each', async () => {
    const { server } = session;
    const url = server.page(
      '/keyboard',
      renderPage({
        head: scriptTag(),
        body: tracker({ endpoint: server.endpoint, order: 'W1004', email: SHOPPER.email }),
      }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    const widget = opened.page.locator('#w');
    await widget.getByRole('heading', { name: 'Order W1004' }).waitFor();
    // The parcels render one task at a time and the "Need help?" entries arrive with their module: list the
    // controls once all three parcels and those entries are in.
    await widget.locator('[part="timeline"]').nth(2).waitFor();
    await widget.getByRole('button', { name: 'Report a problem' }).last().waitFor({ state: 'attached' });

    // Labels are computed in the page, the same way for the list of controls and for each Tab stop.
    const controls = await opened.page.evaluate(() =>
      [
        ...document
          .querySelector('#w')!
          .shadowRoot!.querySelectorAll('a[href], button, input, select, textarea, summary'),
      ]
        .filter((element) => element.checkVisibility())
        .map(
          (element) =>
            `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim()}"`,
        ),
    );
    expect(controls.length).toBeGreaterThan(3);

    const stops: Stop[] = [];
    // One more Tab than there are controls: the last one must leave the widget.
    for (let index = 0; index <= controls.length; index += 1) {
      await opened.page.keyboard.press('Tab');
      const stop = await opened.page.evaluate(() => {
        const host = document.querySelector('#w')!;
        const active = document.activeElement === host ? host.shadowRoot!.activeElement : null;
        if (!active) return null;
        const style = getComputedStyle(active);
        return {
          label: `${active.tagName.toLowerCase()} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim()}"`,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      stops.push(stop ?? { label: '(outside the widget)', outline: '' });
    }
    expect(stops.map((stop) => stop.label)).toEqual([...controls, '(outside the widget)']);
    expect(
      stops.slice(0, -1).filter((stop) => stop.outline.startsWith('none') || stop.outline.endsWith(' 0px')),
    ).toEqual([]);
  });
});
