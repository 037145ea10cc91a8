import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../../../../../scripts/launchChromium.mjs';
import { auto } from '../../presets/auto.js';
import { light } from '../../presets/light.js';
import { soft } from '../../presets/soft.js';
import { toCss } from '../toCss.js';

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) console.warn(`[waypost] Chromium not found at ${CHROMIUM_PATH}; skipping the cascade tests`);

// A stand-in for the widget: a custom element whose shadow root adopts `toCss(theme)` on `:host`, exactly as the
// widget does, and paints a swatch in the accent and surface colours. The page's helpers are called by name, so
// this package's TypeScript needs no DOM types.
const page = `<!doctype html><html><head><style id="host"></style></head><body>
<script>
  customElements.define('waypost-tracker', class extends HTMLElement {
    constructor() {
      super();
      this.sheet = new CSSStyleSheet();
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [this.sheet];
      const p = root.appendChild(document.createElement('p'));
      p.textContent = 'x';
      p.setAttribute('style', 'color: var(--waypost-color-accent); background: var(--waypost-color-surface)');
    }
  });
  window.setCss = (hostCss, themeCss) => {
    document.getElementById('host').textContent = hostCss;
    document.getElementById('a').sheet.replaceSync(themeCss);
  };
  window.setTheme = (themeCss) => document.getElementById('a').sheet.replaceSync(themeCss);
  window.setInline = (name, value) => document.getElementById('a').style.setProperty(name, value);
  window.read = () => {
    const style = getComputedStyle(document.getElementById('a').shadowRoot.querySelector('p'));
    return { accent: style.color, surface: style.backgroundColor };
  };
</script>
<waypost-tracker id="a"></waypost-tracker>
</body></html>`;

const call = (name: string, ...values: string[]) => `${name}(${values.map((v) => JSON.stringify(v)).join(', ')})`;

function read(tab: Page): Promise<{ accent: string; surface: string }> {
  return tab.evaluate(call('read'));
}

const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

describe.skipIf(!hasChromium)('toCss', () => {
  let browser: Browser;
  let tab: Page;

  // Playwright gives every launch a fresh temporary profile of its own.
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (hostCss: string, themeCss: string) => {
    await tab?.close();
    tab = await browser.newPage();
    await tab.setContent(page);
    await tab.evaluate(call('setCss', hostCss, themeCss));
  };

  it('applies the adopted :host theme', async () => {
    await open('', toCss(light));
    expect(await read(tab)).toEqual({ accent: rgb(light.light['color-accent']), surface: 'rgb(255, 255, 255)' });
  }, 30_000);

  it("lets the host page's own rule for the element beat the :host theme", async () => {
    await open('waypost-tracker { --waypost-color-accent: rgb(1, 2, 3); }', toCss(light));
    expect((await read(tab)).accent).toBe('rgb(1, 2, 3)');
  }, 30_000);

  it('lets an inline style on the element beat the :host theme', async () => {
    await open('', toCss(light));
    await tab.evaluate(call('setInline', '--waypost-color-surface', '#010203'));
    expect((await read(tab)).surface).toBe('rgb(1, 2, 3)');
  }, 30_000);

  it('lets a preset stylesheet on the page restyle the widget, and the host beat it in any order', async () => {
    const preset = toCss(soft, { selector: ':where(waypost-tracker, [data-waypost])' });
    await open(`waypost-tracker { --waypost-color-accent: rgb(4, 5, 6); }\n${preset}`, toCss(light));
    expect(await read(tab)).toEqual({ accent: 'rgb(4, 5, 6)', surface: rgb(soft.light['color-surface']) });
  }, 30_000);

  it('keeps auto light on a page that declares no colour scheme, even when the system prefers dark', async () => {
    await open('', toCss(auto));
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect((await read(tab)).surface).toBe('rgb(255, 255, 255)');
    await tab.evaluate(call('setCss', ':root { color-scheme: dark; }', toCss(auto)));
    expect((await read(tab)).surface).toBe(rgb(auto.dark['color-surface']));
  }, 30_000);

  it('follows prefers-color-scheme for auto on a page that opts in, and switches scheme without a remount', async () => {
    await open(':root { color-scheme: light dark; }', toCss(auto));
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect((await read(tab)).surface).toBe(rgb(auto.dark['color-surface']));
    await tab.emulateMedia({ colorScheme: 'light' });
    expect((await read(tab)).surface).toBe('rgb(255, 255, 255)');
    await tab.evaluate(call('setTheme', toCss(soft, { scheme: 'dark' })));
    expect((await read(tab)).surface).toBe(rgb(soft.dark['color-surface']));
  }, 30_000);
});
