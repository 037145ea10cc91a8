import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ErrorDetail, LookupDetail, WidgetEventMap } from '../../types/WidgetEvents.js';
import type { WaypostCommandApi } from '../createCommandApi.js';
import type { WaypostTrackerElement } from '../createElementClass.js';
import { defineElement } from '../defineElement.js';
import '../WaypostElementEventMap.js';

// The type checks run in `pnpm typecheck` (tsc reads this file); a `@ts-expect-error` that stops erroring, or an
// `expectTypeOf` that no longer holds, fails it. The runtime part checks the types describe what really happens.
describe('WaypostElementEventMap', () => {
  it('types <waypost-tracker> lookups, waypost:* listeners and window.Waypost', async () => {
    defineElement();
    const element = document.createElement('waypost-tracker');
    expectTypeOf(element).toEqualTypeOf<WaypostTrackerElement>();
    expectTypeOf(document.querySelector('waypost-tracker')).toEqualTypeOf<WaypostTrackerElement | null>();
    expectTypeOf(window.Waypost).toEqualTypeOf<WaypostCommandApi | undefined>();

    const seen: LookupDetail[] = [];
    element.addEventListener('waypost:lookup', (event) => {
      expectTypeOf(event).toEqualTypeOf<CustomEvent<LookupDetail>>();
      seen.push(event.detail);
    });
    document.addEventListener('waypost:error', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<ErrorDetail>();
    });
    window.addEventListener('waypost:eta-changed', (event) => {
      expectTypeOf(event.detail.shipmentId).toBeString();
    });
    element.addEventListener('waypost:status', (event) => {
      // @ts-expect-error a status detail has no `method`
      void event.detail.method;
    });
    // @ts-expect-error an event the widget does not send has no typed detail
    element.addEventListener('waypost:nope', (event) => event.detail);

    const detail: LookupDetail = { method: 'token', kind: 'order', id: 'o_1' };
    element.dispatchEvent(new CustomEvent('waypost:lookup', { detail }));
    expect(seen).toEqual([detail]);
  });

  it('lists a DOM event for every widget event', () => {
    type Names = keyof WidgetEventMap;
    expectTypeOf<`waypost:${Names}`>().toEqualTypeOf<Extract<keyof HTMLElementEventMap, `waypost:${string}`>>();
  });
});
