import type { Problem } from './Problem.js';
import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** Options of an `HttpError`. */
export interface HttpErrorOptions extends WaypostErrorOptions {
  status: number;
  problem?: Problem | undefined;
}

/** Any other non-success HTTP status (5xx after retries, unexpected 4xx). */
export class HttpError extends WaypostError {
  override readonly name = 'HttpError' as const;
  declare readonly code: 'http_error';
  declare readonly status: number;
  /** The problem document the server sent, when it sent one. */
  declare readonly problem: Problem | undefined;

  constructor(message: string, options: HttpErrorOptions) {
    super(message, 'http_error', options);
    this.status = options.status;
    this.problem = options.problem;
  }
}

/** True for an `HttpError` from any copy of `@waypost/client`. */
export function isHttpError(error: unknown): error is HttpError {
  return isWaypostError(error) && error.name === 'HttpError';
}
