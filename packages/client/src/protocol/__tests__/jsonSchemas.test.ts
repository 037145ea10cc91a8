import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISSUE_TYPES } from '../../model/Actions.js';
import { ALERT_CHANNELS } from '../../model/AlertChannel.js';
import { ALERT_MILESTONES } from '../../model/AlertMilestones.js';
import { EXCHANGE_STAGES } from '../../model/ExchangeStage.js';
import { MILESTONES } from '../../model/Milestone.js';
import { REFUND_METHODS } from '../../model/RefundMethod.js';
import { RESOURCE_KINDS } from '../../model/ResourceKind.js';
import { RETURN_RESOLUTIONS } from '../../model/ReturnResolution.js';
import { RETURN_STAGES } from '../../model/ReturnStage.js';
import { SHIPMENT_EXCEPTIONS } from '../../model/ShipmentException.js';
import { E164_PATTERN } from '../E164_PATTERN.js';
import { PROBLEMS } from '../PROBLEMS.js';

const schemaDir = fileURLToPath(new URL('../../../../../docs/schema/', import.meta.url));

/** The value at a `/`-separated path of a schema file (`$defs/Milestone/enum`). */
function read(file: string, path: string): unknown {
  const schema = JSON.parse(readFileSync(`${schemaDir}${file}`, 'utf8')) as unknown;
  return path.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], schema);
}

// Every closed list the JSON Schemas repeat, with the one declaration in model/ (or protocol/) it must equal.
const lists: Array<[file: string, path: string, list: readonly unknown[]]> = [
  ['model.json', '$defs/Milestone/enum', MILESTONES],
  ['model.json', '$defs/Exception/enum', SHIPMENT_EXCEPTIONS],
  ['model.json', '$defs/ReturnStage/enum', RETURN_STAGES],
  ['model.json', '$defs/ExchangeStage/enum', EXCHANGE_STAGES],
  ['model.json', '$defs/ResourceKind/enum', RESOURCE_KINDS],
  ['model.json', '$defs/Return/properties/refund/oneOf/1/properties/method/enum', REFUND_METHODS],
  ['alert-subscription-input.json', 'properties/channel/enum', ALERT_CHANNELS],
  ['alert-subscription-input.json', 'properties/milestones/enum', ALERT_MILESTONES],
  ['alert-subscription.json', 'properties/channel/enum', ALERT_CHANNELS],
  ['alert-subscription.json', 'properties/milestones/enum', ALERT_MILESTONES],
  ['issue-report-input.json', 'properties/type/enum', ISSUE_TYPES],
  ['start-return-input.json', 'properties/resolution/enum', RETURN_RESOLUTIONS],
];

describe.skipIf(!existsSync(schemaDir))('the JSON Schemas in docs/schema', () => {
  it.each(lists.map(([file, path, list]) => [`${file} ${path}`, file, path, list] as const))(
    'repeat the closed list of %s exactly',
    (_label, file, path, list) => {
      expect(read(file, path)).toEqual([...list]);
    },
  );

  it('list every problem code of the PROBLEMS table, plus the handler-only ones', () => {
    const codes = read('problem.json', 'properties/code/enum') as string[];
    expect([...codes].sort()).toEqual(
      [
        ...PROBLEMS.map(([code]) => code),
        'payload_too_large',
        'unsupported_media_type',
        'upstream_failed',
        'internal_error',
      ].sort(),
    );
  });

  it('use the one E.164 pattern for sms addresses', () => {
    expect(read('alert-subscription-input.json', 'then/properties/address/pattern')).toBe(E164_PATTERN.source);
  });
});
