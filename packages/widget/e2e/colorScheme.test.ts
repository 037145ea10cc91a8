import { describe, expect, it } from 'vitest';
import { scriptTag, tracker } from './harness/markup.js';
import { readShadowStyle } from './harness/readShadowStyle.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('theme="auto" and prefers-color-scheme', () => {
  const session = useBrowser();

  it('follows a dark colour scheme, at runtime too, while an explicit light theme stays light', async () => {
    const { server } = session;
    const body = [
      tracker({ endpoint: server.endpoint, theme: 'auto' }, 'auto'),
      tracker({ endpoint: server.endpoint, theme: 'light' }, 'light'),
    ].join('\n');
    // The page opts in to following the system's scheme; one that declares nothing keeps the widget light.
    const head = `<meta name="color-scheme" content="light dark">${scriptTag()}`;
    const url = server.page('/color-scheme', renderPage({ head, body }));
    const opened = await session.open({ colorScheme: 'light' });
    await opened.page.goto(url);
    await opened.waitForEvent('ready', { target: 'auto' });
    await opened.waitForEvent('ready', { target: 'light' });
    const surface = async (id: string) =>
      (await readShadowStyle(opened.page, id, ['background-color']))['background-color'] ?? '';

    const lightAuto = await surface('#auto');
    const lightExplicit = await surface('#light');
    expect(lightAuto).toBe(lightExplicit);

    await opened.page.emulateMedia({ colorScheme: 'dark' });
    const darkAuto = await surface('#auto');
    expect(darkAuto).not.toBe(lightAuto);
    expect(await surface('#light')).toBe(lightExplicit);

    // Darker, not merely different: the sum of the channels drops.
    const brightness = (colour: string) =>
      (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    expect(brightness(darkAuto)).toBeLessThan(brightness(lightAuto));
  });
});
