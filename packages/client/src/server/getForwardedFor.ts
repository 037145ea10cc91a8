// Splits at `separator` outside RFC 7230 quoted strings (`"…"`, with `\` escaping the next character).
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted && char === '\\') {
      current += char + (text[index + 1] ?? '');
      index += 1;
    } else {
      if (char === '"') quoted = !quoted;
      if (char === separator && !quoted) {
        parts.push(current);
        current = '';
      } else current += char;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * The `for` parameter of the last element of an RFC 7239 `Forwarded` header, unquoted: the address the proxy
 * nearest the handler saw, as `X-Forwarded-For`'s last entry is. Earlier elements were written by whoever sent the
 * request. `undefined` when the last element names no `for`.
 *
 * @example getForwardedFor('for=198.51.100.9, for="[2001:db8:cafe::17]:4711";proto=https') // '[2001:db8:cafe::17]:4711'
 * @example getForwardedFor('for=192.0.2.60;proto=http;by=203.0.113.43') // '192.0.2.60'
 */
export function getForwardedFor(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const element = splitOutsideQuotes(header, ',').at(-1) ?? '';
  for (const pair of splitOutsideQuotes(element, ';')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim().toLowerCase() !== 'for') continue;
    const value = pair.slice(equals + 1).trim();
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(value);
    return quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : value;
  }
  return undefined;
}
