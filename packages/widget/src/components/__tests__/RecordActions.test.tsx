import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { ALL_CAPABILITIES, actionOrderResult, sampleReturn } from '../../__tests__/sampleReturns.js';

describe('RecordActions', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('offers the actions of the record shown, with a fresh bar for a return opened from its order', async () => {
    const { view, actions } = await mountRecord(actionOrderResult({ returns: [sampleReturn()] }), {
      capabilities: ALL_CAPABILITIES,
    });
    expect(view.getByRole('button', { name: 'Start a return' })).toBeTruthy();
    view.getByRole('button', { name: 'Report a problem' }).click();
    await flush();
    expect(view.getByRole('button', { name: 'Report a problem' }).getAttribute('aria-expanded')).toBe('true');
    view.getByRole('button', { name: 'View return RMA-58213' }).click();
    // The return's own bar (it shows once it has read the capabilities): no "Start a return", nothing open from
    // the order's.
    await view.findByRole('heading', { level: 2, name: 'Return RMA-58213' });
    const report = await view.findByRole('button', { name: 'Report a problem' });
    expect(view.queryByRole('button', { name: 'Start a return' })).toBeNull();
    expect(report.getAttribute('aria-expanded')).toBe('false');
    report.click();
    await vi.waitFor(() =>
      expect(actions.filter((detail) => detail.action === 'open_panel')).toEqual([
        { action: 'open_panel', panel: 'issue', kind: 'order', id: 'ord_1' },
        { action: 'open_panel', panel: 'issue', kind: 'return', id: 'ret_1' },
      ]),
    );
  });
});
