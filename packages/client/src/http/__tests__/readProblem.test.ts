import { describe, expect, it } from 'vitest';
import { readProblem } from '../readProblem.js';

describe('readProblem', () => {
  it('keeps the well-typed fields of a problem document', async () => {
    const body = {
      type: 't',
      title: 'Not found',
      status: 404,
      detail: 'd',
      code: 'not_found',
      retryAfter: 'x',
      extra: 1,
    };
    expect(await readProblem(Response.json(body))).toEqual({
      type: 't',
      title: 'Not found',
      status: 404,
      detail: 'd',
      code: 'not_found',
    });
  });

  it('keeps only well-formed field errors', async () => {
    const body = { errors: [{ field: 'email', message: 'required', x: 1 }, { field: 2, message: 'm' }, null, 'x'] };
    expect(await readProblem(Response.json(body))).toEqual({ errors: [{ field: 'email', message: 'required' }] });
  });

  it('returns undefined for HTML, truncated JSON, arrays and empty bodies', async () => {
    for (const text of ['<html></html>', '{"code":', '[1]', '', 'null']) {
      expect(await readProblem(new Response(text))).toBeUndefined();
    }
  });
});
