/**
 * The order list: one full-width button (or link, with `orderUrl`) per order, its number, status and date on one
 * line that wraps; a line whose token was refused says so in the error colour.
 */
export const ordersCss = `
.ol { display: grid; gap: var(--waypost-space-2, 8px); }
.ol button, .ol a, .ol .x {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--waypost-space-1, 4px) var(--waypost-space-3, 12px);
  width: 100%; min-height: 44px; padding: var(--waypost-space-3, 12px) var(--waypost-space-4, 16px); text-align: start;
  font: inherit; color: var(--waypost-color-text, #1b1f24); cursor: pointer;
  background: var(--waypost-color-surface-raised, #f6f7f9); border: 1px solid var(--waypost-color-border, #868e98);
  border-radius: var(--waypost-radius-md, 8px);
}
.ol a { text-decoration: none; }
.ol .x { margin: 0; cursor: auto; color: var(--waypost-color-danger, #b42318); }
.ol button:hover, .ol a:hover { border-color: var(--wp-a); }
.ol .m { margin-inline-start: auto; }
`;
