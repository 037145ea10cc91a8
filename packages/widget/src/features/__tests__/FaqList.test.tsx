import { afterEach, describe, expect, it } from 'vitest';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { NO_CAPABILITIES, recordResult, sampleReturn } from '../../__tests__/sampleReturns.js';
import { openPanel } from './openPanel.js';

describe('FaqList', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows each question as a details/summary disclosure and reports which one was opened', async () => {
    const mounted = await mountRecord(recordResult(sampleReturn(), 'return'), {
      capabilities: NO_CAPABILITIES,
      faqs: [{ id: 'refund_timing', answer: 'Within 3 business days.' }],
    });
    const first = await openPanel<HTMLDetailsElement>(mounted, 'Questions and answers', '[part="actions"] details');
    const summaries = [...mounted.root.querySelectorAll('[part="actions"] details > summary')].map(
      (node) => node.textContent,
    );
    expect(summaries).toEqual(['When will my refund arrive?', 'How do I send my return?']);
    expect(first.open).toBe(false);
    first.open = true;
    first.dispatchEvent(new Event('toggle'));
    expect(first.textContent).toContain('Within 3 business days.');
    expect(mounted.actions).toContainEqual({ action: 'faq_open', faqId: 'refund_timing', kind: 'return', id: 'ret_1' });
  });
});
