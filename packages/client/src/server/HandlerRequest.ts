/**
 * What the handler reads of a request: a Fetch `Request`, or the node:http adapter's lighter view of a request
 * without a body (`NodeRequestView`), which skips building a `Request` for every read. Code that needs a real
 * `Request` (a body, a user's hook) gets one from `toFetchRequest`.
 */
export interface HandlerRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Pick<Headers, 'get' | 'has'>;
  readonly signal: AbortSignal;
  /** The same request as a Fetch `Request`, made on first use (only the lighter view has it). */
  toRequest?(): Request;
}
