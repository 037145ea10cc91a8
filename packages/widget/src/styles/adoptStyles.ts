import { actionsCss } from './actionsCss.js';
import { baseCss } from './baseCss.js';
import { formCss } from './formCss.js';
import { orderCss } from './orderCss.js';

/** The widget's styles in one shadow root: the shared sheets plus this instance's theme. */
export interface StyleHandle {
  /** Replaces the theme layer in place (no remount). */
  setThemeCss(css: string): void;
  /** Removes every sheet or `<style>` this handle added. */
  dispose(): void;
}

let shared: CSSStyleSheet[] | undefined;

const supportsSheets = (root: ShadowRoot): boolean =>
  'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;

function createSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/**
 * Styles a shadow root with constructable stylesheets, shared by every instance (strict `style-src` needs no
 * nonce for them). Where they are missing, a `<style nonce>` inside the shadow root takes their place; the
 * host's `<head>` is never touched.
 *
 * @example const styles = adoptStyles(shadowRoot, { nonce }); styles.setThemeCss(css)
 */
export function adoptStyles(root: ShadowRoot, options: { nonce?: string | undefined } = {}): StyleHandle {
  const css = [baseCss, formCss, orderCss + actionsCss];
  if (supportsSheets(root)) {
    try {
      shared ??= css.map(createSheet);
      const theme = new CSSStyleSheet();
      const own = [...shared, theme];
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => !own.includes(sheet)), ...own];
      return {
        setThemeCss: (text) => theme.replaceSync(text),
        dispose: () => {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => !own.includes(sheet));
        },
      };
    } catch {
      // A browser that lists the API but refuses to construct sheets: fall through to <style>.
    }
  }
  const doc = root.ownerDocument;
  const create = (text: string) => {
    const style = doc.createElement('style');
    if (options.nonce) style.setAttribute('nonce', options.nonce);
    style.textContent = text;
    root.prepend(style);
    return style;
  };
  const theme = create('');
  const base = create(css.join(''));
  return {
    setThemeCss: (text) => {
      theme.textContent = text;
    },
    dispose: () => {
      theme.remove();
      base.remove();
    },
  };
}
