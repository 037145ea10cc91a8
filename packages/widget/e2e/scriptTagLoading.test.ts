import { describe, expect, it } from 'vitest';
import { dataHost, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('the script tag', () => {
  const session = useBrowser();

  for (const mode of ['defer', 'async'] as const) {
    for (const place of ['head', 'body'] as const) {
      it(`mounts the element and [data-waypost] hosts when loaded with ${mode} in <${place}>`, async () => {
        const { server } = session;
        const hosts = `${tracker({ endpoint: server.endpoint })}\n${dataHost({ endpoint: server.endpoint })}`;
        const url = server.page(
          `/load-${mode}-${place}`,
          renderPage({
            head: place === 'head' ? scriptTag(mode) : '',
            body: place === 'body' ? `${hosts}\n${scriptTag(mode)}` : hosts,
          }),
        );
        const opened = await session.open();
        await opened.page.goto(url);
        await opened.waitForEvent('ready', { target: 'w' });
        await opened.waitForEvent('ready', { target: 'd' });
        for (const id of ['#w', '#d']) {
          const host = opened.page.locator(id);
          await expect(host.getByRole('heading', { name: 'Track your order' }).isVisible()).resolves.toBe(true);
          await expect(host.getByRole('button', { name: 'Track' }).isVisible()).resolves.toBe(true);
        }
        expect(opened.console.filter((line) => line.startsWith('error'))).toEqual([]);
      });
    }
  }
});
