import type { ResourceKind } from '../model/ResourceKind.js';

/**
 * The `data` of an `end` event: one record leaves an event stream, for the reason a plain request for it would
 * give (`401` `verification_failed` when its token expired or was refused, `404` `not_found`). The stream goes on
 * for the other records it carries, and ends after the last one's `end`.
 */
export interface StreamEnd {
  kind: ResourceKind;
  id: string;
  status: number;
  code: string;
}
