import type { ResourceKind } from '../model/ResourceKind.js';

/**
 * The body of `POST /stream`: the records one event stream carries, each with the access token its lookup gave
 * (tokens travel in the body, never in the URL).
 */
export interface StreamManyInput {
  records: Array<{ kind: ResourceKind; id: string; token: string }>;
}
