// Test helper (not a test): the conformance suite every provider adapter runs over its real payloads.
import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import type { Milestone } from '../../../model/Milestone.js';
import { parseModel } from '../../../model/parseModel.js';
import type { Shipment } from '../../../model/Shipment.js';
import type { ShipmentException } from '../../../model/ShipmentException.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import { getSkipMessage, hasFixtures, listFixtures, readFixture } from './fixtures.js';
import { getMalformedVariants } from './getMalformedVariants.js';
import { listProviderFixtures, providerFixturesAvailable } from './listProviderFixtures.js';

/** What a payload must normalize to, written by reading the payload by hand. */
export interface ShipmentExpectation {
  milestone: Shipment['status']['milestone'];
  exception: Shipment['status']['exception'];
  /** Number of timeline events. */
  events: number;
  /** Raw time of the first and last event after sorting (`undefined`: no event or no time). */
  first?: string;
  last?: string;
  /** Raw start of the ETA, or `null` for none. */
  eta: string | null;
  direction?: Shipment['direction'];
}

/** A payload that is not a shipment (an error body): the normalizer must throw this, with this path. */
export interface ErrorExpectation {
  error: 'InvalidResponseError';
  path: string;
}

export type FileExpectation =
  | ShipmentExpectation
  | ErrorExpectation
  | { items: Array<ShipmentExpectation | ErrorExpectation> };

type Key = string | number;

/** How one provider's payloads are read. */
export interface ConformanceOptions {
  provider: string;
  expectations: Record<string, FileExpectation>;
  /** Normalizes a whole single-shipment payload file. */
  normalize(payload: unknown, name: string): Shipment;
  /** The raw items when the file is a list, otherwise `null`. */
  listItems(payload: unknown, name: string): unknown[] | null;
  /** Normalizes one list item. */
  normalizeItem(item: unknown, name: string): Shipment;
  /** Path, inside a single payload, to the object the structural breaks are applied to. */
  target(payload: unknown, name: string): Key[];
  /** Path, relative to that object, of a required field. */
  required(object: unknown, name: string): Key[];
  /** The key of the event list inside that object. */
  eventsKey: string;
}

const isError = (value: object): value is ErrorExpectation => 'error' in value;

function getAt(value: unknown, path: Key[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<Key, unknown>)?.[key], value);
}

function setAt(value: unknown, path: Key[], next: unknown, remove = false): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<Key, unknown>;
  const parent = getAt(copy, path.slice(0, -1)) as Record<Key, unknown>;
  const last = path.at(-1) as Key;
  if (remove) delete parent[last];
  else parent[last] = next;
  return copy;
}

function check(shipment: Shipment, expected: ShipmentExpectation): void {
  expect(parseModel(shipmentSchema, shipment, 'shipment')).toBeTruthy();
  expect({
    milestone: shipment.status.milestone,
    exception: shipment.status.exception,
    events: shipment.events.length,
    first: shipment.events[0]?.time?.raw,
    last: shipment.events.at(-1)?.time?.raw,
    eta: shipment.eta?.start.raw ?? null,
    direction: shipment.direction,
  }).toEqual({ first: undefined, last: undefined, direction: 'outbound', ...expected });
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectInvalid(run: () => unknown, pathEnd?: string): void {
  const caught = catchError(run);
  expect(isInvalidResponseError(caught), `expected InvalidResponseError, got ${String(caught)}`).toBe(true);
  if (pathEnd !== undefined) expect((caught as { path: string }).path.endsWith(pathEnd)).toBe(true);
}

function variants(object: unknown, options: ConformanceOptions, name: string) {
  const required = options.required(object, name);
  const key = String(required.at(-1));
  return [
    { what: 'null in place of the object', value: null },
    { what: 'an array in place of the object', value: [object] },
    { what: `\`${required.join('.')}\` removed`, value: setAt(object, required, undefined, true), path: key },
    { what: `\`${required.join('.')}\` of the wrong type`, value: setAt(object, required, 42), path: key },
    { what: `\`${options.eventsKey}\` of the wrong type`, value: setAt(object, [options.eventsKey], 'oops') },
    { what: `an event that is not an object`, value: setAt(object, [options.eventsKey], [42]) },
  ];
}

/** Runs the conformance suite of one provider: every payload file has an expectation, meets it, and breaks cleanly. */
export function describeConformance(options: ConformanceOptions): void {
  const present = hasFixtures(options.provider);
  if (!present) console.warn(getSkipMessage(options.provider));

  describe.skipIf(!present)(`${options.provider} conformance`, () => {
    const files = present ? listFixtures(options.provider) : [];

    it('has an expectation for every payload file, so a new fixture cannot slip through', () => {
      expect(files.filter((name) => !(name in options.expectations))).toEqual([]);
      expect(Object.keys(options.expectations).filter((name) => !files.includes(name))).toEqual([]);
    });

    for (const name of files) {
      const expected = options.expectations[name];
      if (!expected) continue;
      const payload = readFixture(options.provider, name);
      const items = options.listItems(payload, name);

      it(`normalizes ${name} as read by hand`, () => {
        if ('items' in expected) {
          expect(items?.length).toBe(expected.items.length);
          expected.items.forEach((item, index) => {
            const run = () => options.normalizeItem(items?.[index], name);
            if (isError(item)) expectInvalid(run, item.path);
            else check(run(), item);
          });
        } else if (isError(expected)) {
          expectInvalid(() => options.normalize(payload, name), expected.path);
        } else {
          check(options.normalize(payload, name), expected);
        }
      });

      if (isError(expected)) continue;
      const first = items ? items[0] : getAt(payload, options.target(payload, name));
      const rebuild = (value: unknown) => (items ? value : setAt(payload, options.target(payload, name), value));
      const normalize = (value: unknown) =>
        items ? options.normalizeItem(value, name) : options.normalize(value, name);
      for (const variant of variants(first, options, name)) {
        it(`refuses ${name} with ${variant.what} as InvalidResponseError`, () => {
          expectInvalid(() => normalize(rebuild(variant.value)), variant.path);
        });
      }
    }
  });
}

/** What a shipment must come out as, read off its payload by hand (`null`: no such event, no time, or no ETA). */
export interface ShipmentSummary {
  milestone: Milestone;
  exception: ShipmentException | null;
  /** Number of timeline events. */
  events: number;
  /** Raw time of the first and last event after sorting. */
  first: string | null;
  last: string | null;
  /** Raw start of the ETA. */
  eta: string | null;
  /** Number of order items the shipment carries. */
  items: number;
}

/** Checks one shipment against its summary; the model's schema must accept the shipment unchanged. */
export function expectShipmentSummary(shipment: Shipment, expected: ShipmentSummary, what: string): void {
  expect(parseModel(shipmentSchema, shipment, what)).toEqual(shipment);
  expect(shipment.status.milestone).toBe(expected.milestone);
  expect(shipment.status.exception).toBe(expected.exception);
  expect(shipment.events).toHaveLength(expected.events);
  expect(shipment.events[0]?.time?.raw ?? null).toBe(expected.first);
  expect(shipment.events.at(-1)?.time?.raw ?? null).toBe(expected.last);
  expect(shipment.eta?.start.raw ?? null).toBe(expected.eta);
  expect(shipment.itemIds).toHaveLength(expected.items);
}

/**
 * One test per broken copy of `payload` (see `getMalformedVariants`): `read` must answer each with an
 * `InvalidResponseError`, never a `TypeError`; with `namesField`, one whose `path` starts with the broken field.
 */
export function itRefusesMalformed(
  payload: unknown,
  requiredPaths: readonly string[],
  read: (payload: unknown) => unknown,
  options: { namesField?: boolean } = {},
): void {
  const variants = getMalformedVariants(payload, requiredPaths).map((variant) => [variant.name, variant] as const);
  const title = options.namesField
    ? 'throws an InvalidResponseError naming the field when %s'
    : 'throws an InvalidResponseError when %s';
  it.each(variants)(title, (_name, variant) => {
    const thrown = catchError(() => read(variant.payload));
    expect(isInvalidResponseError(thrown)).toBe(true);
    if (options.namesField) expect(isInvalidResponseError(thrown) && thrown.path.startsWith(variant.path)).toBe(true);
  });
}

/** How one provider's recorded payloads are matched with expectations written by reading each file by hand. */
export interface RecordedPayloadsOptions<Expectation> {
  /** The fixture folder (`karrio`). */
  provider: string;
  /** The suite's name (`normalizeKarrioTracker conformance`). */
  title: string;
  /** The provider as the skip message names it (`Karrio`). */
  label: string;
  expectations: Record<string, Expectation>;
}

/**
 * A suite over every recorded payload of one provider: each file must have an expectation, and `body` declares
 * the tests of one file. Skips with a `[waypost]` message when the shared fixtures are absent.
 */
export function describeRecordedPayloads<Expectation>(
  options: RecordedPayloadsOptions<Expectation>,
  body: (file: string, payload: unknown, expected: Expectation | undefined) => void,
): void {
  describe.skipIf(!providerFixturesAvailable)(options.title, () => {
    const fixtures = listProviderFixtures(options.provider);

    it('has an expectation for every payload in the fixture folder', () => {
      expect(fixtures.length).toBeGreaterThan(0);
      expect(fixtures.map((fixture) => fixture.file).filter((file) => !(file in options.expectations))).toEqual([]);
    });

    describe.each(fixtures.map((fixture) => [fixture.file, fixture.payload] as const))('%s', (file, payload) =>
      body(file, payload, options.expectations[file]),
    );
  });

  if (!providerFixturesAvailable)
    console.warn(`[waypost] ../shared/fixtures not found: skipping the ${options.label} conformance suite`);
}
