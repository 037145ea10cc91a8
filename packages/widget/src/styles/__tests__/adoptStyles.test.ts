import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsCss } from '../actionsCss.js';
import { addStyles } from '../addStyles.js';
import { adoptStyles } from '../adoptStyles.js';
import { baseCss } from '../baseCss.js';
import { formCss } from '../formCss.js';
import { lazyStyles } from '../lazyStyles.js';
import { orderCss } from '../orderCss.js';

const css = [baseCss, formCss, orderCss].join('\n');

describe('adoptStyles', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('sizes in px, so a host root font size never scales the widget; only a container query reads em', () => {
    // `em` in a container query is the container's own font size (a token in px): the stepper's steps switch by
    // the size of their words.
    expect(css).not.toMatch(/\d(rem|vw|vh|ch)\b/);
    expect(css.replace(/@container \([^)]*\)/g, '')).not.toMatch(/\d(em)\b/);
    expect(css).toMatch(/@container \(max-width: [\d.]+em\)/);
  });

  it('mirrors with logical properties and :dir(), never [dir=rtl] selectors or physical sides', () => {
    expect(css).not.toMatch(/\[dir/);
    expect(css).toMatch(/:dir\(rtl\)/);
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)|(^|[\s;{])(left|right):/m);
  });

  it('reads every colour from a --waypost-* token with a fallback', () => {
    // Colours in an `@supports` condition only ask what the browser can parse; they are never painted.
    const painted = css.replace(/@supports [^{]*\{/g, '');
    const colours = painted.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    const fallbacks = painted.match(/var\(--waypost-[a-z-]+, #[0-9a-f]{3,8}\)/gi) ?? [];
    expect(colours.length).toBe(fallbacks.length);
  });

  it('removes motion when reduced motion is asked for', () => {
    expect(css).toMatch(
      /@media \(prefers-reduced-motion: reduce\)\s*\{\s*\*, \*::before, \*::after \{ animation: none !important; transition: none !important;/,
    );
  });

  it('adopts constructable stylesheets where they exist, shared by every instance', () => {
    class FakeSheet {
      text = '';
      replaceSync(text: string) {
        this.text = text;
      }
    }
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    const roots = [0, 1].map(() => {
      const root = document.createElement('div').attachShadow({ mode: 'open' }) as ShadowRoot & {
        adoptedStyleSheets: unknown[];
      };
      root.adoptedStyleSheets = [];
      return root;
    });
    const first = adoptStyles(roots[0]!);
    adoptStyles(roots[1]!);
    first.setThemeCss(':host { --waypost-color-accent: red; }');
    // The bundled sheets, the theme, then what on-demand modules brought so far (the test setup loads result.js).
    expect(roots[0]!.adoptedStyleSheets).toHaveLength(3 + lazyStyles.css.length);
    expect(roots[0]!.adoptedStyleSheets[0]).toBe(roots[1]!.adoptedStyleSheets[0]);
    expect((roots[0]!.adoptedStyleSheets[2] as unknown as FakeSheet).text).toContain('red');
    expect(roots[0]!.querySelector('style')).toBeNull();
    first.dispose();
    expect(roots[0]!.adoptedStyleSheets).toHaveLength(0);
  });

  it('falls back to <style nonce> inside the shadow root, never in the head', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const styles = adoptStyles(root, { nonce: 'n0nce' });
    const nonces = [...root.querySelectorAll('style')].map((style) => style.nonce || style.getAttribute('nonce'));
    expect(nonces).toEqual(Array(2 + lazyStyles.css.length).fill('n0nce'));
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
    styles.dispose();
    expect(root.querySelectorAll('style')).toHaveLength(0);
  });

  it('gives a stylesheet loaded later to every widget already on the page, after its theme, once', () => {
    class FakeSheet {
      text = '';
      replaceSync(text: string) {
        this.text = text;
      }
    }
    const before = lazyStyles.css.length;
    const plain = document.createElement('div').attachShadow({ mode: 'open' });
    const fallback = adoptStyles(plain, { nonce: 'n0nce' });
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    const sheetRoot = document.createElement('div').attachShadow({ mode: 'open' }) as ShadowRoot & {
      adoptedStyleSheets: unknown[];
    };
    sheetRoot.adoptedStyleSheets = [];
    const sheets = adoptStyles(sheetRoot);
    const late = `${actionsCss}\n.late-test {}`;
    addStyles(late);
    addStyles(late);
    expect(lazyStyles.css).toHaveLength(before + 1);
    expect((sheetRoot.adoptedStyleSheets.at(-1) as unknown as FakeSheet).text).toBe(late);
    expect(sheetRoot.adoptedStyleSheets).toHaveLength(3 + before + 1);
    const styles = [...plain.querySelectorAll('style')];
    expect(styles.at(-1)?.textContent).toBe(late);
    expect(styles.at(-1)?.getAttribute('nonce')).toBe('n0nce');
    fallback.dispose();
    sheets.dispose();
    expect(plain.querySelectorAll('style')).toHaveLength(0);
    expect(sheetRoot.adoptedStyleSheets).toHaveLength(0);
  });
});
