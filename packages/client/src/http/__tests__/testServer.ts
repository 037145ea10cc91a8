import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { sampleLookupResult } from '../../model/__tests__/sampleLookupResult.js';
import type { LookupResult, Resource } from '../../model/LookupResult.js';

/** The handler every HTTP test talks to. */
export const endpoint = 'https://shop.example/apps/waypost';

/**
 * An msw server for one test file, with every request it saw (cloned, bodies readable). It answers `POST /stream`
 * with a 404, as a handler from before the shared stream does, so a watch streams its record on its own unless the
 * test answers the shared stream.
 */
export function useTestServer() {
  const server = setupServer(
    http.post(`${endpoint}/stream`, () =>
      HttpResponse.json(
        { code: 'not_found' },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      ),
    ),
  );
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(request.clone());
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return { server, requests };
}

/** The sample order as a lookup result. */
export function sampleResult(): LookupResult & { kind: 'order' } {
  const result = sampleLookupResult();
  if (result.kind !== 'order') throw new Error('the sample is an order');
  return result;
}

/** The sample order as a `GET /orders/{id}` body. */
export function sampleResource(): Resource & { kind: 'order' } {
  const { access: _access, ...resource } = sampleResult();
  return resource;
}

/** The error a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
