import { describe, expect, it } from 'vitest';
import { EXCHANGE_STAGES } from '../ExchangeStage.js';
import { isOpenRecord } from '../isOpenRecord.js';
import { RETURN_STAGES } from '../ReturnStage.js';

describe('isOpenRecord', () => {
  it('holds a return open through its flow, until it is refunded, exchanged or stopped', () => {
    expect(RETURN_STAGES.filter((stage) => isOpenRecord({ stage }))).toEqual([
      'requested',
      'approved',
      'label_created',
      'in_transit',
      'received',
      'inspected',
    ]);
  });

  it('holds an exchange open until its replacement is delivered or it is stopped', () => {
    expect(EXCHANGE_STAGES.filter((stage) => isOpenRecord({ stage }))).toEqual([
      'requested',
      'return_in_transit',
      'return_received',
      'replacement_processing',
      'replacement_shipped',
    ]);
  });
});
