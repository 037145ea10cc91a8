import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDistFile } from '../harness/getDistFile.js';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton } from './flowPages.js';

describe('the feature module, when features.js does not load (script tag)', () => {
  const session = useBrowser();

  it('says so with "Try again", reports it once, and opens the panel on "Try again" once the file is there', async () => {
    const values = { endpoint: session.server.endpoint, order: 'W1001', email: SHOPPER.email };
    const url = session.server.page('/no-features', renderPage({ head: scriptTag(), body: tracker(values) }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('status', { target: 'w', state: 'ready' });
    const host = opened.page.locator('#w');

    // No `features.js` beside the script yet: the questions panel cannot load.
    await actionButton(host, 3).click();
    await host.getByText('Something went wrong on our side. Please try again.').waitFor();
    const failures = (await opened.events()).filter((event) => event.name === 'error');
    expect(failures.map((event) => (event.detail as { code: string }).code)).toEqual(['features_unavailable']);
    expect(
      opened.console.some((line) =>
        line.includes(`could not load the "features" module from ${session.server.origin}/features.js`),
      ),
    ).toBe(true);

    // The file is there now (a deploy finished, the connection came back): "Try again" loads it.
    session.server.page('/features.js', {
      html: readFileSync(getDistFile('features.js'), 'utf8'),
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
    });
    await host.getByRole('button', { name: 'Try again' }).click();
    await host.locator('[part~="actions"] details').first().waitFor();
  });
});

describe('the result views, when result.js does not load (script tag)', () => {
  const session = useBrowser();

  it('ends the lookup in the error state, reports one AssetLoadError naming the file, and shows the order on "Try again"', async () => {
    const values = { endpoint: session.server.endpoint, order: 'W1001', email: SHOPPER.email };
    const url = session.server.page('/no-result', renderPage({ head: scriptTag(), body: tracker(values) }));
    const opened = await session.open();
    await opened.page.route('**/result.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await opened.page.goto(url);
    await opened.waitForEvent('status', { target: 'w', state: 'error' });
    const host = opened.page.locator('#w');
    await host.getByText('Something went wrong on our side. Please try again.').waitFor();
    // `ready` means the order is on screen: it never came.
    expect((await opened.events()).some((event) => event.name === 'status' && event.detail?.state === 'ready')).toBe(
      false,
    );
    const failures = (await opened.events()).filter((event) => event.name === 'error');
    expect(failures.map((event) => event.detail)).toEqual([
      expect.objectContaining({
        code: 'features_unavailable',
        message: `[waypost] could not load the "result" module from ${session.server.origin}/result.js`,
      }),
    ]);
    const lines = opened.console.filter((line) => line.includes('[waypost]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`could not load the "result" module from ${session.server.origin}/result.js`);

    // The file is back: "Try again" reads the order again and its views load with it.
    await opened.page.unroute('**/result.js');
    await host.getByRole('button', { name: 'Try again' }).click();
    await host.getByRole('heading', { name: 'Order W1001' }).waitFor();
    await opened.waitForEvent('status', { target: 'w', state: 'ready' });
  });
});
