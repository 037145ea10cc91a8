import type { Problem } from '../errors/Problem.js';

/**
 * Reads an `application/problem+json` body defensively: any body (HTML, truncated JSON, wrong types) yields
 * either the well-typed fields it has or `undefined`, never a throw.
 *
 * @example const problem = await readProblem(response) // { code: 'not_found', status: 404, … }
 */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return undefined;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const problem: Record<string, unknown> = {};
  for (const key of ['type', 'title', 'status', 'detail', 'code', 'retryAfter']) {
    const value = body[key];
    if (key === 'status' || key === 'retryAfter' ? Number.isFinite(value) : typeof value === 'string') {
      problem[key] = value;
    }
  }
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors
      .filter((entry) => typeof entry?.field === 'string' && typeof entry.message === 'string')
      .map(({ field, message }) => ({ field, message }));
  }
  return problem;
}
