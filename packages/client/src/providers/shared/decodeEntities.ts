const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  deg: '\u00b0',
  middot: '\u00b7',
  bull: '\u2022',
  euro: '\u20ac',
};

// HTML5 decodes numeric references 128–159 as Windows-1252, which is what old carrier systems meant:
// AfterShip sends `Priority Mail 2-Day&#153;` for the trademark sign, not a C1 control character.
const windows1252: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

function fromCodePoint(code: number, original: string): string {
  const mapped = windows1252[code] ?? code;
  // Surrogates, NUL and out-of-range values cannot be real text: keep what the source wrote.
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return original;
  return String.fromCodePoint(mapped);
}

/**
 * Turns HTML character references into text: the common named ones (`&amp;`, `&trade;`, …), decimal (`&#153;`)
 * and hex (`&#x2122;`). Unknown or malformed references stay as written. Text only: no tags are parsed or removed.
 *
 * @example decodeEntities('Priority Mail 2-Day&#153;') // 'Priority Mail 2-Day™'
 * @example decodeEntities('Tom &amp; Jerry') // 'Tom & Jerry'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (match, body: string) => {
    if (body[0] !== '#') return named[body] ?? match;
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return fromCodePoint(code, match);
  });
}
