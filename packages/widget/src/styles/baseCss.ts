/**
 * Base layer: the host reset, the root's explicit typography (nothing inherited from a hostile page reaches inside),
 * buttons, links, focus ring, banners, skeleton and motion. `px` only (but for the stepper's container query, in `em`
 * of its own small print): a host's root font size must not scale the widget. Every colour reads a `--waypost-*` token
 * with a fallback. Accent text and the marks that show state (`--wp-a`: links, the current step, the latest event, the
 * chosen option) stay readable on the active scheme's surface whatever accent the host sets: its lightness is capped
 * in light and floored in dark (relative colour), and text on an accent fill (`--wp-on`) turns black or white by the
 * fill's lightness. A word longer than its column is hyphenated (in the root's `lang`) or broken rather than run past
 * the edge (`overflow-wrap: anywhere` lets flex and grid items shrink too); the stepper's labels never break (they
 * hide instead).
 */
export const baseCss = `
:host { all: initial; display: block; font-family: inherit; }
:host([hidden]) { display: none; }
.w {
  box-sizing: border-box; display: block; width: 100%; min-width: 0; margin: 0;
  padding: var(--waypost-space-5, 24px);
  font-family: var(--waypost-font-family, inherit); font-size: var(--waypost-font-size-md, 16px);
  font-weight: var(--waypost-font-weight-regular, 400); font-style: normal; line-height: var(--waypost-line-height, 1.5);
  color: var(--waypost-color-text, #1b1f24); background: var(--waypost-color-surface, #ffffff);
  border: 1px solid var(--waypost-color-border, #868e98); border-radius: var(--waypost-radius-lg, 12px);
  box-shadow: var(--waypost-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 4px 12px rgb(16 24 40 / 0.08));
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0;
  white-space: normal; overflow-wrap: anywhere; hyphens: auto; visibility: visible; cursor: auto;
  --wp-a: var(--waypost-color-accent, #2557d6); --wp-on: var(--waypost-color-on-accent, #ffffff);
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
.w *, .w *::before, .w *::after { box-sizing: border-box; }
h2, h3, h4, p, ol, ul, li, dl, dt, dd, fieldset, legend { margin: 0; padding: 0; border: 0; }
ol, ul { list-style: none; }
h2, h3, h4 { font-weight: var(--waypost-font-weight-bold, 700); line-height: 1.25; }
h2, .hl { font-size: var(--waypost-font-size-xl, 22px); }
h3 { font-size: var(--waypost-font-size-lg, 18px); }
h4 { font-size: var(--waypost-font-size-md, 16px); }
img { display: block; max-width: 100%; height: auto; border: 0; }
svg { display: inline-block; flex: none; vertical-align: middle; fill: none; stroke: currentColor; stroke-width: 2px; stroke-linecap: round; stroke-linejoin: round; }
@supports (color: light-dark(#000, #fff)) and (color: oklch(from red l c h)) {
  .w {
    --wp-a: light-dark(oklch(from var(--waypost-color-accent, #2557d6) min(l, .52) c h), oklch(from var(--waypost-color-accent, #2557d6) max(l, .76) c h));
    --wp-on: oklch(from var(--waypost-color-accent, #2557d6) clamp(0, (.565 - l) * 999, 1) 0 0);
  }
}
a, .b3, details > summary { color: var(--wp-a); }
a, .b3 { text-decoration: underline; text-underline-offset: 2px; }
a { display: inline-flex; align-items: center; min-height: 44px; }
a:hover, .b3:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 2px solid var(--waypost-color-focus-ring, #2557d6); outline-offset: 2px; }
[tabindex="-1"]:focus { outline: none; }
:dir(rtl) .flip { transform: scaleX(-1); }
.s > * + *, .c > * + * { margin-block-start: var(--waypost-space-4, 16px); }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--waypost-space-2, 8px); }
.m, .kv dt { color: var(--waypost-color-text-muted, #5b6470); font-size: var(--waypost-font-size-sm, 14px); }
.vh {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.b, .b3 { appearance: none; font: inherit; cursor: pointer; }
.b {
  display: inline-flex; align-items: center; justify-content: center; gap: var(--waypost-space-2, 8px);
  min-height: 44px; padding: 10px 18px; line-height: 1.25;
  font-weight: var(--waypost-font-weight-medium, 500); text-align: center; text-decoration: none;
  color: var(--wp-on); background: var(--waypost-color-accent, #2557d6);
  border: 1px solid transparent; border-radius: var(--waypost-radius-md, 8px);
  transition: background-color var(--waypost-duration-fast, 120ms) var(--waypost-easing, cubic-bezier(0.2, 0, 0, 1));
}
.b:hover { background: var(--waypost-color-accent-hover, #1c46b0); }
.b2 { color: var(--wp-a); background: transparent; border-color: var(--waypost-color-border, #868e98); }
.b2:hover { background: var(--waypost-color-surface-raised, #f6f7f9); }
.b3 { display: inline-flex; align-items: center; gap: 4px; min-height: 44px; min-width: 44px; padding: 0; background: none; border: 0; }
.hd { display: flex; align-items: center; gap: var(--waypost-space-3, 12px); margin-block-end: var(--waypost-space-4, 16px); font-weight: var(--waypost-font-weight-bold, 700); }
.logo { width: auto; max-width: 160px; height: 32px; object-fit: contain; }
.bn {
  display: flex; gap: var(--waypost-space-3, 12px); padding: var(--waypost-space-3, 12px) var(--waypost-space-4, 16px);
  background: var(--waypost-color-warning-surface, #fdf3e1);
  border-inline-start: 4px solid var(--waypost-color-warning, #8a5100); border-radius: var(--waypost-radius-md, 8px);
}
.bn > svg { color: var(--waypost-color-warning, #8a5100); margin-block-start: 2px; }
.bn.d { background: var(--waypost-color-danger-surface, #fdeceb); border-color: var(--waypost-color-danger, #b42318); }
.bn.d > svg { color: var(--waypost-color-danger, #b42318); }
.bn.i { background: var(--waypost-color-info-surface, #e9f1fd); border-color: var(--waypost-color-info, #1d5bbf); }
.bn.i > svg { color: var(--waypost-color-info, #1d5bbf); }
.sk { display: block; height: 16px; border-radius: var(--waypost-radius-sm, 4px); background: var(--waypost-color-border, #868e98); animation: wp-pulse 1.4s ease-in-out infinite; }
@keyframes wp-pulse { 50% { opacity: 0.45; } }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;
