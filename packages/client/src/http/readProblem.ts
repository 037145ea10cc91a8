import type { Problem } from '../errors/Problem.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an `application/problem+json` body defensively: any body (HTML, truncated JSON, wrong types) yields
 * either the well-typed fields it has or `undefined`, never a throw.
 *
 * @example const problem = await readProblem(response) // { code: 'not_found', status: 404, … }
 */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return undefined;
  }
  if (!isObject(body)) return undefined;
  const problem: Problem = {};
  for (const key of ['type', 'title', 'detail', 'code'] as const) {
    if (typeof body[key] === 'string') problem[key] = body[key];
  }
  for (const key of ['status', 'retryAfter'] as const) {
    const value = body[key];
    if (typeof value === 'number' && Number.isFinite(value)) problem[key] = value;
  }
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors
      .filter((entry): entry is { field: string; message: string } => isObject(entry))
      .filter((entry) => typeof entry.field === 'string' && typeof entry.message === 'string')
      .map(({ field, message }) => ({ field, message }));
  }
  return problem;
}
