import type { Validator } from '../model/validate/Validator.js';

/** One route of protocol v1, as the `ROUTES` table declares it. */
export interface RouteSpec {
  /** The methods the route answers besides `OPTIONS`; the client sends the first. */
  methods: readonly ['GET' | 'POST', ...Array<'GET' | 'POST'>];
  /**
   * The path below the endpoint, with `{name}` for each parameter (`/stream/{kind}/{id}`). A parameter spans
   * part of one segment at most; the client fills it URL-encoded, the handler checks and decodes it.
   */
  path: string;
  /** Validates the JSON body a `POST` carries (run in collect-all mode, so a 400 lists every bad field). */
  input?: Validator<unknown>;
  /** Validates a `200` answer's JSON body (for `stream`, each event's data). */
  output?: Validator<unknown>;
}
