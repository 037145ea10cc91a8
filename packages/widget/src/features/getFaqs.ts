import type { Resource, Shipment } from '@waypost/client';
import type { Translate } from '../i18n/createTranslator.js';
import type { MessageKey } from '../i18n/en.js';
import type { FaqEntry, FaqSituation } from './FaqEntry.js';

/** A question ready to show. */
export interface Faq {
  id: string;
  question: string;
  answer: string;
}

/** The default questions and when each applies; their text is `faq.<id>.q` / `faq.<id>.a`. */
const DEFAULTS: Array<{ id: string; when: FaqSituation[] }> = [
  { id: 'delivered_missing', when: ['delivered'] },
  { id: 'exception', when: ['exception'] },
  { id: 'delayed', when: ['delayed'] },
  { id: 'stuck', when: ['in_transit'] },
  { id: 'refund_timing', when: ['return', 'exchange'] },
  { id: 'return_send', when: ['return', 'exchange'] },
  { id: 'exchange_timing', when: ['exchange'] },
];

function addShipment(situations: Set<FaqSituation>, shipment: Shipment | null) {
  if (!shipment) return;
  const { milestone, exception } = shipment.status;
  if (milestone === 'delivered') situations.add('delivered');
  else if (milestone === 'in_transit' || milestone === 'out_for_delivery') situations.add('in_transit');
  if (exception === 'delayed') situations.add('delayed');
  else if (exception) situations.add('exception');
}

/**
 * The situations a record is in, for picking questions: delivered, in transit, delayed, exception (any other
 * exception), return, exchange.
 *
 * @example getSituations({ kind: 'return', return: rma }) // Set { 'return' }
 */
export function getSituations(resource: Resource): Set<FaqSituation> {
  const situations = new Set<FaqSituation>();
  if (resource.kind === 'order') {
    for (const shipment of resource.order.shipments) addShipment(situations, shipment);
    if (resource.order.returns.length > 0) situations.add('return');
    if (resource.order.exchanges.length > 0) situations.add('exchange');
  } else if (resource.kind === 'shipment') addShipment(situations, resource.shipment);
  else situations.add(resource.kind);
  return situations;
}

/**
 * The questions for a record: the localized defaults that match its situation, with the retailer's entries
 * replacing (same `id`), hiding (`hidden: true`) or adding to them. An entry without text keeps the default's.
 *
 * @example getFaqs(resource, [{ id: 'refund_timing', answer: 'Within 3 days.' }], t)
 */
export function getFaqs(resource: Resource, entries: FaqEntry[] | undefined, t: Translate): Faq[] {
  const situations = getSituations(resource);
  const custom = new Map((entries ?? []).map((entry) => [entry.id, entry]));
  const applies = (when: FaqSituation[] | undefined) => !when || when.some((situation) => situations.has(situation));
  const faqs: Faq[] = [];
  for (const { id, when } of DEFAULTS) {
    const entry = custom.get(id);
    custom.delete(id);
    if (entry?.hidden || !applies(entry?.when ?? when)) continue;
    faqs.push({
      id,
      question: entry?.question || t(`faq.${id}.q` as MessageKey),
      answer: entry?.answer || t(`faq.${id}.a` as MessageKey),
    });
  }
  for (const entry of custom.values()) {
    if (!entry.hidden && entry.question && entry.answer && applies(entry.when)) {
      faqs.push({ id: entry.id, question: entry.question, answer: entry.answer });
    }
  }
  return faqs;
}
