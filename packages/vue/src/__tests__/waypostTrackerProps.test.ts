import { OPTION_NAMES } from '@waypost/widget';
import { describe, expect, it } from 'vitest';
import { waypostTrackerProps } from '../waypostTrackerProps.js';

describe('waypostTrackerProps', () => {
  it('declares one prop per widget option', () => {
    expect(Object.keys(waypostTrackerProps).sort()).toEqual([...OPTION_NAMES].sort());
  });

  it('casts only the boolean options, and leaves them undefined when absent', () => {
    const booleans = Object.entries(waypostTrackerProps).filter(([, prop]) => prop.type === Boolean);
    expect(booleans.map(([name]) => name).sort()).toEqual(['live', 'urlToken']);
    for (const [, prop] of booleans) expect(prop).toEqual({ type: Boolean, default: undefined });
  });
});
