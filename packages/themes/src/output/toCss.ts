import type { ColorScheme, Theme } from '../tokens/Theme.js';

/** Options of `toCss`. */
export interface ToCssOptions {
  /**
   * The rule's selector. Inside the widget's shadow root that is `:host`; on a page, the tracker element.
   * @default ':host'
   * @example toCss(soft, { selector: 'waypost-tracker, [data-waypost]' })
   */
  selector?: string;
  /**
   * Overrides the theme's own scheme: a host that toggles dark mode with a class can switch any theme with it.
   * @default theme.scheme
   * @example toCss(minimal, { scheme: document.documentElement.classList.contains('dark') ? 'dark' : 'light' })
   */
  scheme?: ColorScheme;
}

// A value that could close the rule or open a comment is dropped, so a token set from user input can never
// inject other rules into a stylesheet.
const unsafe = /[;{}<>\\]|\/\*/;

function declarations(tokens: Readonly<Record<string, string>>, skip?: Readonly<Record<string, string>>): string {
  let css = '';
  for (const name in tokens) {
    const value = String(tokens[name]).trim();
    if (!/^[a-z0-9-]+$/.test(name) || !value || unsafe.test(value) || skip?.[name] === value) continue;
    css += `  --waypost-${name}: ${value};\n`;
  }
  return css;
}

const block = (selector: string, body: string) => `${selector} {\n${body}}\n`;

/**
 * Writes a theme as CSS custom properties, for an adopted stylesheet (`:host`) or a page stylesheet. `auto`
 * inherits the page's `color-scheme` and emits the light set plus, where `light-dark()` is supported, a block
 * that pairs every token differing in dark as `light-dark(light, dark)`: the widget follows the page's scheme, and
 * the system's only when the page opts in with `color-scheme: light dark`.
 * Declarations are never `!important`: a `:host` rule loses to the page's own rules for the element, so a host's
 * `--waypost-*` overrides always win.
 *
 * @example
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(toCss(auto)); // ':host {\n  color-scheme: inherit;\n  --waypost-color-surface: #ffffff;\n…'
 */
export function toCss(theme: Theme, options: ToCssOptions = {}): string {
  const selector = options.selector ?? ':host';
  const scheme = options.scheme ?? theme.scheme;
  const base = scheme === 'dark' ? theme.dark : theme.light;
  let css = block(selector, `  color-scheme: ${scheme === 'auto' ? 'inherit' : scheme};\n${declarations(base)}`);
  if (scheme === 'auto') {
    // `light-dark()` picks by the scheme the element inherits from the page: a page that declares nothing stays
    // light, and one that opts in (`color-scheme: light dark`) follows the shopper's system setting.
    const pairs: Record<string, string> = {};
    for (const name in theme.dark) {
      const [light, dark] = [base[name as keyof typeof base], theme.dark[name as keyof typeof base]];
      if (light !== dark) pairs[name] = `light-dark(${light}, ${dark})`;
    }
    css += `@supports (color: light-dark(#000, #fff)) {\n${block(selector, declarations(pairs))}}\n`;
  }
  return `${css}@media (prefers-reduced-motion: reduce) {\n${block(selector, '  --waypost-duration-fast: 0ms;\n  --waypost-duration-normal: 0ms;\n')}}\n`;
}
