import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles } from '../adoptStyles.js';
import { baseCss } from '../baseCss.js';
import { formCss } from '../formCss.js';
import { orderCss } from '../orderCss.js';

const css = [baseCss, formCss, orderCss].join('\n');

describe('adoptStyles', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('uses px only, so a host root font size never scales the widget', () => {
    expect(css).not.toMatch(/\d(r?em|vw|vh|ch)\b/);
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
    expect(roots[0]!.adoptedStyleSheets).toHaveLength(4);
    expect(roots[0]!.adoptedStyleSheets[0]).toBe(roots[1]!.adoptedStyleSheets[0]);
    expect((roots[0]!.adoptedStyleSheets[3] as unknown as FakeSheet).text).toContain('red');
    expect(roots[0]!.querySelector('style')).toBeNull();
    first.dispose();
    expect(roots[0]!.adoptedStyleSheets).toHaveLength(0);
  });

  it('falls back to <style nonce> inside the shadow root, never in the head', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const styles = adoptStyles(root, { nonce: 'n0nce' });
    expect([...root.querySelectorAll('style')].map((style) => style.nonce || style.getAttribute('nonce'))).toEqual([
      'n0nce',
      'n0nce',
    ]);
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
    styles.dispose();
    expect(root.querySelectorAll('style')).toHaveLength(0);
  });
});
