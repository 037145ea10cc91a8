import { baseCss } from './baseCss.js';
import { formCss } from './formCss.js';
import { lazyStyles } from './lazyStyles.js';

/**
 * The widget's styles in one shadow root: the shared sheets, this instance's theme, then the sheets of the
 * on-demand modules loaded so far and to come (see `addStyles`).
 */
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

/** The shared constructable sheet of an on-demand module's CSS, made on first use. */
function getLazySheet(css: string): CSSStyleSheet {
  let sheet = lazyStyles.sheets.get(css);
  if (!sheet) {
    sheet = createSheet(css);
    lazyStyles.sheets.set(css, sheet);
  }
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
  const css = [baseCss, formCss];
  if (supportsSheets(root)) {
    try {
      shared ??= css.map(createSheet);
      const theme = new CSSStyleSheet();
      const own = [...shared, theme, ...lazyStyles.css.map(getLazySheet)];
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => !own.includes(sheet)), ...own];
      const listener = (text: string) => {
        const sheet = getLazySheet(text);
        own.push(sheet);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      };
      lazyStyles.listeners.add(listener);
      return {
        setThemeCss: (text) => theme.replaceSync(text),
        dispose: () => {
          lazyStyles.listeners.delete(listener);
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
  const added: HTMLStyleElement[] = [];
  const listener = (text: string) => {
    const style = create(text);
    // After the theme layer and any sheet added before it, as with constructable sheets.
    (added.at(-1) ?? theme).after(style);
    added.push(style);
  };
  for (const text of lazyStyles.css) listener(text);
  lazyStyles.listeners.add(listener);
  return {
    setThemeCss: (text) => {
      theme.textContent = text;
    },
    dispose: () => {
      lazyStyles.listeners.delete(listener);
      for (const style of [theme, base, ...added]) style.remove();
    },
  };
}
