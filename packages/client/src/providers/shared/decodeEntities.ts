import { decodeHTMLStrict } from 'entities';

/**
 * Turns HTML character references into text, as a browser reads them in an attribute: every named reference of
 * the HTML standard (`&amp;`, `&uuml;`, `&eacute;`, `&trade;`, …), decimal (`&#153;`, read as Windows-1252 in the
 * 128–159 range, which is what old carrier systems meant) and hex (`&#x2122;`). Decoding is delegated to
 * `entities`, which follows the standard's full table. Policy for invalid input: references to surrogates, NUL or
 * beyond U+10FFFF become U+FFFD; unknown names and references without their `;` stay as written. Text only: no
 * tags are parsed or removed.
 *
 * @example decodeEntities('Priority Mail 2-Day&#153;') // 'Priority Mail 2-Day™'
 * @example decodeEntities('Z&uuml;rich') // 'Zürich'
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
