/** Which web pages on other origins may call the handler from a browser. */
export interface CorsOptions {
  /**
   * Allowed origins, written as a browser sends them (`https://shop.example`, no path or trailing slash), `'*'`
   * for any origin, or a predicate. Tokens travel in a header, never in cookies, so no credentials mode is needed.
   * @example ['https://shop.example', 'https://www.shop.example']
   * @example (origin) => /^https:\/\/[a-z0-9-]+\.shop\.example$/.test(origin)
   */
  origins: readonly string[] | ((origin: string) => boolean);
  /**
   * How long browsers may cache a preflight answer, in seconds.
   * @default 600
   */
  maxAge?: number;
}
