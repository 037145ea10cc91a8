import type { ApiRequest } from './createTestServer.js';

/**
 * True for an event stream: the shared one (`POST …/stream`, every record a page watches) or one record's own
 * (`GET …/stream/{kind}/{id}`).
 *
 * @example server.requests.filter(isStreamRequest)
 */
export function isStreamRequest({ method, path }: Pick<ApiRequest, 'method' | 'path'>): boolean {
  return path.includes('/stream/') || (method === 'POST' && path.endsWith('/stream'));
}
