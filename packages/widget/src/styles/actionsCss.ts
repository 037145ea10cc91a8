/** Returns, exchanges and self-service: the two legs, ended steps, action forms, FAQs and promo cards. */
export const actionsCss = `
.lg { display: grid; gap: var(--waypost-space-4, 16px); grid-template-columns: repeat(auto-fit, minmax(min(260px, 100%), 1fr)); align-items: start; }
.st .end .dot { border-color: var(--waypost-color-danger, #b42318); }
.st .end { color: var(--waypost-color-danger, #b42318); }
fieldset { min-width: 0; }
.ri > li, .fq { padding-block: var(--waypost-space-2, 8px); border-block-end: 1px solid var(--waypost-color-divider, #e2e5e9); }
.bn.g { background: var(--waypost-color-success-surface, #e8f6ec); border-color: var(--waypost-color-success, #17753a); }
.bn.g > svg { color: var(--waypost-color-success, #17753a); }
.ri .row, .fq > p { margin-block-start: var(--waypost-space-2, 8px); }
.ri .row { align-items: flex-start; }
.ck { display: flex; align-items: center; gap: var(--waypost-space-2, 8px); min-height: 44px; cursor: pointer; }
.ck input { width: 20px; height: 20px; margin: 0; flex: none; }
.f select { appearance: auto; }
.b[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
.pr { display: grid; gap: var(--waypost-space-3, 12px); grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); }
.pr a { display: flex; flex-direction: column; gap: var(--waypost-space-1, 4px); text-decoration: none; color: var(--waypost-color-text, #1b1f24); }
.pr img { width: 100%; height: auto; aspect-ratio: 1; border-radius: var(--waypost-radius-md, 8px); }
`;
