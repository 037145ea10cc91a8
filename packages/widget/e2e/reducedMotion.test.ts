import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { readShadowStyle } from './harness/readShadowStyle.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('prefers-reduced-motion', () => {
  const session = useBrowser();

  /** The submit button's transition and the loading skeleton's animation, under the given preference. */
  const readMotion = async (reducedMotion: 'reduce' | 'no-preference') => {
    const { server } = session;
    const body = [
      tracker({ endpoint: server.endpoint }, 'form'),
      tracker({ endpoint: server.slowEndpoint, order: 'W1001', email: SHOPPER.email }, 'loading'),
    ].join('\n');
    const url = server.page(`/motion-${reducedMotion}`, renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    await opened.page.emulateMedia({ reducedMotion });
    try {
      await opened.page.goto(url);
      await opened.page.locator('#form').getByRole('button', { name: 'Track' }).waitFor();
      await opened.page.locator('#loading [part~="skeleton"]').waitFor();
      const button = await readShadowStyle(opened.page, '#form', ['transition-duration'], 'button[type="submit"]');
      const skeleton = await readShadowStyle(opened.page, '#loading', ['animation-name'], '[part~="skeleton"] span');
      return { transition: button['transition-duration'], animation: skeleton['animation-name'] };
    } finally {
      server.release();
    }
  };

  it('keeps transitions and animations by default', async () => {
    const motion = await readMotion('no-preference');
    expect(motion.transition).not.toMatch(/^0s(, 0s)*$/);
    expect(motion.animation).not.toBe('none');
  });

  it('removes transitions and animations when the shopper asks for reduced motion', async () => {
    await expect(readMotion('reduce')).resolves.toEqual({ transition: '0s', animation: 'none' });
  });
});
