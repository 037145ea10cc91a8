// What every app must show, checked the same way in each: the order in Spanish, the soft theme, the protocol of the
// API's answers readable by the page, its live updates on the shared event stream, one panel of the feature module
// opened, the record on screen when `waypost:status` says `ready`, and nothing failing on the way (console errors,
// page errors, HTTP errors, failed loads).
const SOFT_ACCENT = '#a3456b';

/**
 * Opens `url` in a fresh context and returns what went wrong (an empty list when the app works).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ prerendered?: boolean }} [options] `prerendered`: the server's HTML must already hold the page's
 *   heading and the tracker's container (a page rendered at build time, which the browser then hydrates)
 * @returns {Promise<string[]>}
 * @example expect(await checkPage(browser, site.url)).toEqual([])
 */
export async function checkPage(browser, url, { prerendered = false } = {}) {
  const problems = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (message) => {
    // "Failed to load resource" repeats a failed request, which the listeners below report with its URL (the
    // browser's own favicon request, which has no page, is the only one they do not see).
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.text().startsWith('[waypost]')) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Live updates: the page's one event stream, every watched record in its body (across origins, after a preflight).
  const stream = page
    .waitForResponse(
      (answer) => answer.request().method() === 'POST' && new URL(answer.url()).pathname.endsWith('/stream'),
      { timeout: 30_000 },
    )
    .then(
      (answer) => answer.status(),
      () => 'no request',
    );
  // A host that acts on `ready` reads the widget in its listener: the record must be on screen by then.
  await page.addInitScript(() => {
    document.addEventListener('waypost:status', (event) => {
      const root = event.target instanceof Element ? event.target.shadowRoot : null;
      if (event.detail?.state !== 'ready' || !root) return;
      window.headingAtReady = root.querySelector('[part~="heading"]')?.textContent ?? null;
    });
  });
  try {
    const response = await page.goto(url);
    if (prerendered) {
      const html = (await response?.text()) ?? '';
      if (!html.includes('<h1>Track your order</h1>') || !html.includes('id="w"'))
        problems.push('prerender: the HTML lacks the heading or the tracker container');
    }
    const tracker = page.locator('#w');
    await tracker.getByRole('heading', { name: 'Pedido W1001' }).waitFor({ timeout: 20_000 });
    const headingAtReady = await page.evaluate(() => window.headingAtReady);
    if (headingAtReady !== 'Pedido W1001')
      problems.push(`ready: a waypost:status listener saw the heading "${headingAtReady}", not "Pedido W1001"`);
    const accent = await tracker.evaluate((host) =>
      getComputedStyle(host).getPropertyValue('--waypost-color-accent').trim().toLowerCase(),
    );
    // Themes declare both schemes' accents with `light-dark()`; the page is light, so soft's light accent shows.
    if (accent !== SOFT_ACCENT && !accent.startsWith(`light-dark(${SOFT_ACCENT},`))
      problems.push(`theme: --waypost-color-accent is "${accent}", not soft's ${SOFT_ACCENT}`);
    // The handler names the page's origin in `Timing-Allow-Origin`, so even across origins the page can tell which
    // protocol the answers came over (the client's stream limit reads it).
    const protocol = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/lookup'))?.nextHopProtocol ??
        'no lookup',
    );
    if (!protocol) problems.push('timing: the lookup’s Resource Timing names no protocol (no Timing-Allow-Origin)');
    const streamed = await stream;
    if (streamed !== 200) problems.push(`live: the shared event stream (POST /stream) answered ${streamed}`);
    await tracker.getByRole('button', { name: 'Recibir avisos de entrega' }).click();
    await tracker.locator('input[type="email"]').waitFor({ timeout: 15_000 });
    // Late failures (a chunk after the panel) still count.
    await page.waitForTimeout(300);
  } catch (error) {
    problems.push(`render: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
  return problems;
}
