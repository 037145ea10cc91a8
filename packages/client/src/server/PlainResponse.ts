/**
 * A complete answer as plain data, as a read returns it inside the handler. `createHandler` turns it into a Fetch
 * `Response` for its callers (`toFetchResponse`); the node:http adapter writes it as it is, without building one (a
 * `Response` and its body stream were a tenth of a cached read's CPU on Node 20).
 */
export interface PlainResponse {
  readonly status: number;
  /** Each header once, by name. */
  readonly headers: Readonly<Record<string, string>>;
  /** The whole body, or `null` for none (a 304). */
  readonly body: string | null;
}
