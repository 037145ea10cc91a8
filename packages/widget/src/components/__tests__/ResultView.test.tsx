import type { LookupResult } from '@waypost/client';
import { afterEach, describe, expect, it } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { actionOrderResult, sampleExchange, sampleReturn } from '../../__tests__/sampleReturns.js';

const withRecords = (): LookupResult => actionOrderResult({ returns: [sampleReturn()], exchanges: [sampleExchange()] });

describe('ResultView', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists the order’s returns and exchanges, each opening its own view with a way back', async () => {
    const { view, root, actions } = await mountRecord(withRecords());
    expect(root.querySelectorAll('[part="return"], [part="exchange"]')).toHaveLength(2);
    view.getByRole('button', { name: 'View return RMA-58213' }).click();
    await flush();
    const heading = view.getByRole('heading', { level: 2, name: 'Return RMA-58213' });
    expect(root.activeElement).toBe(heading);
    expect(actions).toContainEqual({ action: 'view_record', kind: 'return', id: 'ret_1' });
    view.getByRole('button', { name: 'Back to order W1001' }).click();
    await flush();
    expect(view.getByRole('heading', { level: 2, name: 'Order W1001' })).toBeTruthy();
    view.getByRole('button', { name: 'View exchange' }).click();
    await flush();
    expect(root.querySelector('[part="exchange"] [part="headline"]')?.textContent).toBe(
      'Your replacement is on its way',
    );
  });

  it('keeps an opened return current when a live update changes the order', async () => {
    const { view, client } = await mountRecord(withRecords());
    view.getByRole('button', { name: 'View return RMA-58213' }).click();
    await flush();
    client.push(actionOrderResult({ returns: [sampleReturn({ stage: 'received' })] }));
    await flush();
    expect(view.getByRole('heading', { level: 3, name: 'Return received' })).toBeTruthy();
  });
});
