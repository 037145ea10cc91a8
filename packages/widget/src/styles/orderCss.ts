/** Record views: cards, the milestone stepper, the timeline, line items and key-value rows. */
export const orderCss = `
.c { padding: var(--waypost-space-4, 16px); background: var(--waypost-color-surface-raised, #f6f7f9); border: 1px solid var(--waypost-color-border, #868e98); border-radius: var(--waypost-radius-md, 8px); }
.st { display: flex; align-items: flex-start; }
.st li {
  position: relative; flex: 1 1 0; padding: 30px 2px 0; text-align: center; overflow-wrap: normal; hyphens: manual;
  container-type: inline-size;
  color: var(--waypost-color-text-muted, #5b6470); font-size: var(--waypost-font-size-xs, 12px); line-height: 1.3;
}
.st li::before {
  content: ""; position: absolute; inset-block-start: 9px; inset-inline-end: 50%; width: 100%; height: 2px;
  background: var(--waypost-color-border, #868e98);
}
.st li:first-child::before { display: none; }
.st .dot {
  position: absolute; z-index: 1; inset-block-start: 0; inset-inline-start: 50%; margin-inline-start: -10px; width: 20px; height: 20px;
  display: flex; align-items: center; justify-content: center; border-radius: 50%;
  background: var(--waypost-color-surface, #ffffff); border: 2px solid var(--waypost-color-border, #868e98);
}
@container (max-width: 4.5em) {
  .st li:not(.cur) .l { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .st .cur .l { display: block; margin-inline: -100%; white-space: nowrap; }
  .st .cur:first-child .l { margin-inline: 0 -100%; text-align: start; }
  .st .cur:last-child .l { margin-inline: -100% 0; text-align: end; }
}
.st .done::before, .st .cur::before { background: var(--waypost-color-success, #17753a); }
.st .cur { color: var(--waypost-color-text, #1b1f24); font-weight: var(--waypost-font-weight-bold, 700); }
.st .cur .dot { border-color: var(--wp-a); box-shadow: 0 0 0 3px var(--waypost-color-info-surface, #e9f1fd); }
.st .done .dot { color: var(--waypost-color-on-accent, #ffffff); background: var(--waypost-color-success, #17753a); border-color: var(--waypost-color-success, #17753a); }
.tl { position: relative; }
.tl li { position: relative; padding-inline-start: 20px; padding-block-end: var(--waypost-space-3, 12px); border-inline-start: 2px solid var(--waypost-color-border, #868e98); margin-inline-start: 5px; }
.tl li:last-child { border-color: transparent; padding-block-end: 0; }
.tl li::before {
  content: ""; position: absolute; inset-block-start: 5px; inset-inline-start: -7px; width: 12px; height: 12px; border-radius: 50%;
  background: var(--waypost-color-surface, #ffffff); border: 2px solid var(--waypost-color-text-muted, #5b6470);
}
.tl li:first-child::before { background: var(--wp-a); border-color: var(--wp-a); }
.it li { display: flex; align-items: center; gap: var(--waypost-space-3, 12px); }
.it li + li { margin-block-start: var(--waypost-space-3, 12px); }
.it img, .pr img { object-fit: cover; background: var(--waypost-color-divider, #e2e5e9); }
.it img { width: 56px; height: 56px; border-radius: var(--waypost-radius-sm, 4px); }
/* A label's words size its column (break-word, unlike the root's anywhere, leaves them out of min-content) and break only where one alone is too wide. */
.kv dt { overflow-wrap: break-word; }
.kv { container-type: inline-size; display: grid; grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: var(--waypost-space-1, 4px) var(--waypost-space-3, 12px); align-items: baseline; }
@container (max-width: 260px) { .kv > * { grid-column: 1 / -1; } .kv > dd + dt { margin-block-start: var(--waypost-space-2, 8px); } }
.mono { font-family: var(--waypost-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); }
details > summary { padding-block: 10px; cursor: pointer; }
details > ul, details li + li { margin-block-start: var(--waypost-space-2, 8px); }
`;
