const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every lone UTF-16 surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does (not
 * available on every runtime the client supports). A lone surrogate is not text: `encodeURIComponent` throws a
 * `URIError` on it, so provider data must pass through here before it is put in an id or a URL.
 *
 * @example toWellFormed('1Z\ud800') // '1Z\ufffd'
 */
export function toWellFormed(text: string): string {
  return text.replace(loneSurrogate, '\ufffd');
}
