import type { Resource } from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { sampleShipment } from '../../__tests__/sampleResult.js';
import { recordResult, sampleReturn } from '../../__tests__/sampleReturns.js';
import { createTranslator } from '../../i18n/createTranslator.js';
import { enFeatures } from '../../i18n/en.js';
import { getFaqs, getSituations } from '../getFaqs.js';

const t = createTranslator('en', [enFeatures]);
const shipment = (
  milestone: 'delivered' | 'in_transit',
  exception: 'delayed' | 'exception' | null = null,
): Resource => ({
  kind: 'shipment',
  shipment: sampleShipment({ status: { ...sampleShipment().status, milestone, exception } }),
});

describe('getFaqs', () => {
  it('reads the situations of a record', () => {
    expect([...getSituations(shipment('delivered'))]).toEqual(['delivered']);
    expect([...getSituations(shipment('in_transit', 'delayed'))]).toEqual(['in_transit', 'delayed']);
    expect([...getSituations(shipment('in_transit', 'exception'))]).toEqual(['in_transit', 'exception']);
    expect([...getSituations(recordResult(sampleReturn(), 'return'))]).toEqual(['return']);
  });

  it('picks the default questions for the situation, localized', () => {
    const delivered = getFaqs(shipment('delivered'), undefined, t);
    expect(delivered.map((faq) => faq.question)).toEqual(['It says delivered, but it’s not here. What now?']);
    const rma = getFaqs(recordResult(sampleReturn(), 'return'), undefined, t);
    expect(rma.map((faq) => faq.id)).toEqual(['refund_timing', 'return_send']);
    const es = createTranslator('es', [{ 'faq.refund_timing.q': '¿Cuándo llega mi reembolso?' }, enFeatures]);
    expect(getFaqs(recordResult(sampleReturn(), 'return'), undefined, es)[0]?.question).toBe(
      '¿Cuándo llega mi reembolso?',
    );
  });

  it('lets the retailer replace, hide and add questions', () => {
    const faqs = getFaqs(
      recordResult(sampleReturn(), 'return'),
      [
        { id: 'refund_timing', answer: 'Within 3 business days.' },
        { id: 'return_send', hidden: true },
        { id: 'warranty', question: 'Is there a warranty?', answer: 'Two years.' },
        { id: 'only_delivered', question: 'Q', answer: 'A', when: ['delivered'] },
        { id: 'incomplete', question: 'No answer' },
      ],
      t,
    );
    expect(faqs).toEqual([
      { id: 'refund_timing', question: 'When will my refund arrive?', answer: 'Within 3 business days.' },
      { id: 'warranty', question: 'Is there a warranty?', answer: 'Two years.' },
    ]);
  });
});
