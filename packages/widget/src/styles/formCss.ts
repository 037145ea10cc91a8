/** The lookup form: method switch, fields, inline errors. Inputs use 16px text so phones do not zoom. */
export const formCss = `
form { display: flex; flex-direction: column; gap: var(--waypost-space-4, 16px); margin: 0; }
.seg { display: flex; flex-wrap: wrap; gap: var(--waypost-space-2, 8px); }
.seg legend, .f > label { font-size: var(--waypost-font-size-sm, 14px); font-weight: var(--waypost-font-weight-medium, 500); }
.seg legend { width: 100%; margin-block-end: var(--waypost-space-1, 4px); }
.seg label {
  display: inline-flex; align-items: center; gap: var(--waypost-space-2, 8px); min-height: 44px; padding: 8px 14px;
  border: 1px solid var(--waypost-color-border, #868e98); border-radius: var(--waypost-radius-md, 8px); cursor: pointer;
}
.seg label:has(:checked) { border-color: var(--wp-a); box-shadow: inset 0 0 0 1px var(--wp-a); }
input { accent-color: var(--wp-a); }
.seg input { width: 16px; height: 16px; min-height: 0; margin: 0; }
.f { display: flex; flex-direction: column; gap: var(--waypost-space-1, 4px); }
.f input, .f select, .f textarea {
  width: 100%; min-height: 44px; margin: 0; padding: 8px 12px; appearance: none; font: inherit; font-size: 16px; line-height: 1.5;
  color: inherit; background: var(--waypost-color-surface, #ffffff);
  border: 1px solid var(--waypost-color-border, #868e98); border-radius: var(--waypost-radius-md, 8px);
}
.f [aria-invalid="true"] { border-color: var(--waypost-color-danger, #b42318); }
.e { color: var(--waypost-color-danger, #b42318); font-size: var(--waypost-font-size-sm, 14px); }
`;
