import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseLookupResult } from '../../model/parseLookupResult.js';
import { parseModel } from '../../model/parseModel.js';
import { parseResource } from '../../model/parseResource.js';
import { alertSubscriptionSchema, issueReceiptSchema } from '../../model/schemas/actionSchemas.js';
import { capabilitiesSchema } from '../../model/schemas/capabilitiesSchema.js';
import { alertSubscriptionInputSchema } from '../../protocol/alertSubscriptionInputSchema.js';
import { issueReportInputSchema } from '../../protocol/issueReportInputSchema.js';
import { startReturnInputSchema } from '../../protocol/startReturnInputSchema.js';
import { streamManyInputSchema } from '../../protocol/streamManyInputSchema.js';
import { parseLookupBody } from '../../server/parseLookupBody.js';
import { parseLookupResponse } from '../parseLookupResponse.js';
import { readProblem } from '../readProblem.js';

const docs = fileURLToPath(new URL('../../../../../docs/', import.meta.url));
const schemaDir = `${docs}schema/`;

/** The runtime validator of each body: what the client (responses) or the handler (requests) really runs. */
const runtime: Record<string, (value: unknown) => unknown> = {
  'lookup-query': (value) => parseLookupBody(value as Record<string, unknown>),
  'lookup-result': (value) => parseLookupResult(value),
  'lookup-response': (value) => {
    const { result, capabilities } = parseLookupResponse(value, 'POST /lookup');
    return { ...result, capabilities };
  },
  resource: (value) => parseResource(value),
  capabilities: (value) => parseModel(capabilitiesSchema, value, 'capabilities'),
  'start-return-input': (value) => startReturnInputSchema(value),
  'alert-subscription-input': (value) => alertSubscriptionInputSchema(value),
  'alert-subscription': (value) => parseModel(alertSubscriptionSchema, value, 'alert'),
  'issue-report-input': (value) => issueReportInputSchema(value),
  'issue-receipt': (value) => parseModel(issueReceiptSchema, value, 'issue'),
  'stream-many-input': (value) => streamManyInputSchema(value),
  problem: (value) => value,
};

function readExamples(markdown: string) {
  const pattern = /<!-- example: ([a-z-]+) -->\s*```json\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match, index) => ({
    name: match[1]!,
    value: JSON.parse(match[2]!) as unknown,
    index,
  }));
}

function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(`${schemaDir}${file}`, 'utf8')));
  }
  return ajv;
}

describe.skipIf(!existsSync(`${docs}protocol.md`))('protocol.md', () => {
  const examples = existsSync(`${docs}protocol.md`) ? readExamples(readFileSync(`${docs}protocol.md`, 'utf8')) : [];
  const ajv = createAjv();

  it('has an example for every body schema, and a schema for every example', () => {
    const bodies = readdirSync(schemaDir)
      .filter((name) => name.endsWith('.json') && name !== 'model.json')
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect([...new Set(examples.map((example) => example.name))].sort()).toEqual(bodies);
    expect(Object.keys(runtime).sort()).toEqual(bodies);
  });

  it.each(examples.map((example) => [`${example.name} #${example.index}`, example] as const))(
    'validates example %s against its JSON Schema and the runtime validator',
    async (_label, { name, value }) => {
      const validate = ajv.getSchema(`${name}.json`)!;
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
      // Equal after parsing: the runtime keeps every documented field (nothing is silently dropped).
      expect(runtime[name]!(value)).toEqual(value);
      if (name === 'problem') expect(await readProblem(Response.json(value))).toEqual(value);
    },
  );

  it('rejects a broken example in both validators', () => {
    const example = structuredClone(examples.find((entry) => entry.name === 'lookup-result')!.value) as Record<
      string,
      { shipments?: unknown }
    >;
    delete example.order!.shipments;
    expect(ajv.getSchema('lookup-result.json')!(example)).toBe(false);
    expect(() => parseLookupResult(example)).toThrow(/shipments/);
  });
});
