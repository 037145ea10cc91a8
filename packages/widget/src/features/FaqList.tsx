import { getFaqs } from './getFaqs.js';
import type { PanelProps } from './PanelProps.js';
import { useWidget } from './shared.js';

/**
 * Questions and answers for the record's state, each an accessible `<details>`/`<summary>` disclosure. Opening
 * one emits `faq_open` with its id, so a retailer sees which answers stop tickets.
 *
 * @example <FaqList target={target} capabilities={capabilities} close={close} />
 */
export function FaqList({ target }: PanelProps) {
  const { t, store, emit } = useWidget();
  const { faqs } = store.options.value;
  const list = getFaqs(target.resource, faqs || undefined, t);
  return (
    <section class="s">
      <h4>{t('actions.faq')}</h4>
      {list.map((faq) => (
        <details
          key={faq.id}
          class="fq"
          onToggle={(event) => {
            if ((event.currentTarget as HTMLDetailsElement).open) {
              emit('action', { action: 'faq_open', faqId: faq.id, kind: target.kind, id: target.id });
            }
          }}
        >
          <summary>{faq.question}</summary>
          <p>{faq.answer}</p>
        </details>
      ))}
    </section>
  );
}
