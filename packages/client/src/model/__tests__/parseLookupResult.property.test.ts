import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import { parseLookupResult } from '../parseLookupResult.js';
import { sampleLookupResult } from './sampleLookupResult.js';

/** Either a value that validates again to itself, or an InvalidResponseError: never anything else. */
function checkTotal(value: unknown) {
  let parsed: unknown;
  try {
    parsed = parseLookupResult(value);
  } catch (error) {
    expect(isInvalidResponseError(error)).toBe(true);
    expect(typeof (error as { path: unknown }).path).toBe('string');
    return;
  }
  expect(parseLookupResult(parsed)).toEqual(parsed);
}

type Json = unknown;

/** Every path to a value inside a JSON tree. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, Json>)[key], [...prefix, key]))];
}

const samplePaths = paths(sampleLookupResult());

/** Replaces (or deletes, when `replacement` is undefined) the value at `path` in a copy of the sample. */
function mutate(path: Array<string | number>, replacement: Json | undefined): Json {
  const copy = structuredClone(sampleLookupResult()) as Json;
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('parseLookupResult', () => {
  it('returns a re-validating value or throws InvalidResponseError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), checkTotal), { numRuns: 500 });
  });

  it('returns a re-validating value or throws InvalidResponseError for any mutation of a valid result', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...samplePaths),
      replacement: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(mutation, ({ path, replacement }) => checkTotal(mutate(path, replacement))),
      { numRuns: 1_000 },
    );
  });

  it('accepts the sample with extra unknown keys anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samplePaths), fc.jsonValue({ maxDepth: 1 }), (path, extra) => {
        const copy = structuredClone(sampleLookupResult()) as Json;
        let target = copy as Record<string, Json>;
        for (const key of path) target = target[key] as Record<string, Json>;
        if (target && typeof target === 'object' && !Array.isArray(target)) target.__extra = extra;
        expect(parseLookupResult(copy)).toEqual(sampleLookupResult());
      }),
      { numRuns: 300 },
    );
  });
});
