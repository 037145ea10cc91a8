import { ProblemError } from './ProblemError.js';
import { readBodyBytes } from './readBodyBytes.js';

/**
 * Reads a JSON object body: 415 unless the content type is `application/json` (which also keeps the endpoint out
 * of reach of plain HTML forms, whose content types are never JSON), 413 past `maxBytes`, 400 for malformed UTF-8,
 * malformed JSON, or anything but an object.
 *
 * @example const body = await readJsonBody(request, 16_384)
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new ProblemError(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  const bytes = await readBodyBytes(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ProblemError(400, 'invalid_request', 'The body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProblemError(400, 'invalid_request', 'The body must be a JSON object');
  }
  return value as Record<string, unknown>;
}
