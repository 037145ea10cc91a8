import { describe, expect, it } from 'vitest';
import { getCallbackName } from '../getCallbackName.js';
import { widgetEventNames } from '../widgetEventNames.js';

describe('getCallbackName', () => {
  it('names each widget event the way React names event props', () => {
    expect(widgetEventNames.map(getCallbackName)).toEqual([
      'onReady',
      'onLookup',
      'onStatus',
      'onEtaChanged',
      'onAction',
      'onError',
    ]);
  });
});
