import { describe, expect, it } from 'vitest';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

// The other files pass because these probes stay silent; here each is shown to speak up, so a silent probe means
// a clean page and not a deaf one.
describe('the page probes', () => {
  const session = useBrowser();

  it('collect an uncaught error thrown by the page', async () => {
    const url = session.server.page('/probe-error', renderPage({ body: '<script>throw new Error("boom")</script>' }));
    const opened = await session.open();
    await opened.page.goto(url);
    expect(opened.errors.map((error) => error.message)).toEqual(['boom']);
    opened.errors.length = 0;
  });

  it('collect CSP violations from the event and from the console', async () => {
    const url = session.server.page('/probe-csp', {
      html: renderPage({ body: '<script>document.title = "inline"</script><p style="color: red">styled</p>' }),
      headers: { 'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'" },
    });
    const opened = await session.open();
    await opened.page.goto(url);
    const violations = await opened.violations();
    expect(violations.some((line) => line.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((line) => line.startsWith('style-src-attr blocked inline'))).toBe(true);
    expect(violations.some((line) => line.startsWith('error: ') && line.includes('Content Security Policy'))).toBe(
      true,
    );
  });

  it('collect a Trusted Types violation', async () => {
    const url = session.server.page('/probe-trusted-types', {
      html: renderPage({ body: '<p id="p">text</p>' }),
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
    });
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.evaluate(() => {
      try {
        document.querySelector('#p')!.innerHTML = '<b>bold</b>';
      } catch {
        // Enforced: the assignment throws, and the violation is reported.
      }
    });
    const violations = await opened.violations();
    expect(violations.some((line) => line.startsWith('require-trusted-types-for'))).toBe(true);
  });

  it('record waypost:* events and pending timers', async () => {
    const url = session.server.page('/probe-events', renderPage({ body: '<p id="p">text</p>' }));
    const opened = await session.open({ trackTimers: true });
    await opened.page.goto(url);
    await opened.page.evaluate(() => {
      setInterval(() => {}, 60_000);
      const element = document.querySelector('#p')!;
      element.dispatchEvent(
        new CustomEvent('waypost:ready', { detail: { version: 'x' }, bubbles: true, composed: true }),
      );
    });
    await opened.waitForEvent('ready', { target: 'p', version: 'x' });
    await expect(opened.timers()).resolves.toEqual(['setInterval(60000)']);
  });
});
