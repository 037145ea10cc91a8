import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { createTestSource } from '../../server/__tests__/createTestSource.js';
import type { ClientOptions } from '../ClientOptions.js';
import { endpoint, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

const refusal = (options: ClientOptions) => {
  try {
    createClient(options);
  } catch (error) {
    return error;
  }
  throw new Error(`createClient took ${JSON.stringify(options)}`);
};

describe('createClient options', () => {
  it('takes whole milliseconds and counts up to 2147483647, and refuses anything else by name', () => {
    for (const options of [
      { timeout: 1, cache: 0, retry: 0, maxStreams: 0 },
      { timeout: 2 ** 31 - 1, cache: false, retry: { limit: 10, backoffLimit: 0, maxRetryAfter: 0 } },
    ] as const) {
      expect(() => createClient({ endpoint, ...options })).not.toThrow();
    }
    const message = (path: string, least: number, got: string) =>
      `[waypost] createClient: \`${path}\` is invalid: expected an integer from ${least} to 2147483647, got ${got}`;
    for (const [options, path, least, got] of [
      [{ timeout: 0 }, 'timeout', 1, '0'],
      [{ timeout: Number.POSITIVE_INFINITY }, 'timeout', 1, 'Infinity'],
      [{ timeout: 2 ** 31 }, 'timeout', 1, '2147483648'],
      [{ timeout: '100' }, 'timeout', 1, '"100"'],
      [{ cache: -1 }, 'cache', 0, '-1'],
      [{ cache: Number.NaN }, 'cache', 0, 'NaN'],
      [{ cache: 'x' }, 'cache', 0, '"x"'],
      [{ cache: true }, 'cache', 0, 'true'],
      [{ retry: Number.NaN }, 'retry', 0, 'NaN'],
      [{ retry: 1.5 }, 'retry', 0, '1.5'],
      [{ retry: { limit: -2 } }, 'retry.limit', 0, '-2'],
      [{ retry: { backoffLimit: Number.NaN } }, 'retry.backoffLimit', 0, 'NaN'],
      [{ retry: { maxRetryAfter: Number.POSITIVE_INFINITY } }, 'retry.maxRetryAfter', 0, 'Infinity'],
    ] as const) {
      const error = refusal({ endpoint, ...(options as ClientOptions) });
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(message(path, least, got));
    }
    expect((refusal({ endpoint, retry: 'x' as never }) as Error).message).toBe(
      '[waypost] createClient: `retry` is invalid: expected an object, got "x"',
    );
  });

  it('rejects a call whose own timeout is out of range, before sending anything', async () => {
    const message = (what: string) =>
      `[waypost] ${what}: \`timeout\` is invalid: expected an integer from 1 to 2147483647, got Infinity`;
    const timeout = Number.POSITIVE_INFINITY;
    await expect(createClient({ endpoint }).get('order', 'ord_1', { timeout })).rejects.toThrow(
      new TypeError(message('GET /orders/ord_1')),
    );
    expect(requests).toEqual([]);
    await expect(createClient({ source: createTestSource() }).get('order', 'ord_1', { timeout })).rejects.toThrow(
      new TypeError(message('get order')),
    );
  });

  it('refuses a locale that is not a BCP 47 language tag, at creation and in setLocale', async () => {
    for (const locale of ['en\r\nX-Evil: 1', 'not a locale!!', '', 'en_US']) {
      const error = refusal({ endpoint, locale });
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        `[waypost] createClient: \`locale\` is invalid: expected a BCP 47 language tag, got ${JSON.stringify(locale)}`,
      );
    }
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint, locale: 'fr-CA' });
    expect(() => client.setLocale('de\nDE')).toThrow(
      new TypeError('[waypost] setLocale: `locale` is invalid: expected a BCP 47 language tag, got "de\\nDE"'),
    );
    client.setLocale(undefined);
    client.setLocale('de-DE');
    await client.lookup({ token: 'tok' });
    expect(requests[0]!.headers.get('accept-language')).toBe('de-DE');
  });

  it('checks the options of an in-process client the same way', () => {
    expect(refusal({ source: createTestSource(), timeout: Number.NaN })).toBeInstanceOf(TypeError);
    expect(refusal({ source: createTestSource(), locale: 'fr CA' })).toBeInstanceOf(TypeError);
    const client = createClient({ source: createTestSource(), locale: 'fr-CA' });
    expect(() => client.setLocale('fr CA')).toThrow(/^\[waypost\] setLocale: `locale` is invalid/);
  });

  it('refuses watch intervals out of range, or a maxInterval below the interval, by name when watch is called', () => {
    const http = createClient({ endpoint });
    const source = createClient({ source: createTestSource() });
    const message = (path: string, least: number, got: string) =>
      `[waypost] watch: \`${path}\` is invalid: expected an integer from ${least} to 2147483647, got ${got}`;
    for (const [options, path, least, got] of [
      [{ interval: Number.NaN }, 'interval', 1, 'NaN'],
      [{ interval: -1 }, 'interval', 1, '-1'],
      [{ interval: 0 }, 'interval', 1, '0'],
      [{ interval: Number.POSITIVE_INFINITY }, 'interval', 1, 'Infinity'],
      [{ interval: 1.5 }, 'interval', 1, '1.5'],
      [{ maxInterval: Number.NaN }, 'maxInterval', 60_000, 'NaN'],
      [{ maxInterval: Number.POSITIVE_INFINITY }, 'maxInterval', 60_000, 'Infinity'],
      [{ interval: 1_000, maxInterval: -5 }, 'maxInterval', 1_000, '-5'],
      [{ interval: 1_000, maxInterval: 500 }, 'maxInterval', 1_000, '500'],
      [{ maxInterval: 30_000 }, 'maxInterval', 60_000, '30000'],
    ] as const) {
      for (const client of [http, source]) {
        expect(() => client.watch(sampleResult(), () => {}, options)).toThrow(new TypeError(message(path, least, got)));
      }
    }
    expect(requests).toEqual([]);
    for (const options of [undefined, {}, { interval: 1, maxInterval: 1 }, { interval: 1_000_000 }]) {
      for (const client of [http, source]) client.watch(sampleResult(), () => {}, options)();
    }
  });
});
