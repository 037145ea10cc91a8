/** The parts of a test page. */
export interface PageParts {
  /** @default 'Waypost test store' */
  title?: string;
  /** @default 'en' */
  lang?: string;
  /** Markup for `<head>` after the charset and title. */
  head?: string;
  body?: string;
}

/**
 * Writes a small, valid storefront page: doctype, `lang`, charset, title and viewport, so that axe judges the
 * widget and not the page around it.
 *
 * @example server.page('/form', renderPage({ body: '<waypost-tracker endpoint="/api/waypost"></waypost-tracker>' }))
 */
export function renderPage({ title = 'Waypost test store', lang = 'en', head = '', body = '' }: PageParts): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    head,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Attributes for an element or a `[data-waypost]` host, values escaped; `data` writes `data-*` names.
 *
 * @example `<waypost-tracker ${attributes({ endpoint, order: 'W1001' })}></waypost-tracker>`
 */
export function attributes(values: Record<string, string | undefined>, data = false): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${data ? 'data-' : ''}${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ');
}
