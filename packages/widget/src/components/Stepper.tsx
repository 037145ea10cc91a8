import type { Milestone } from '@waypost/client';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/** The steps shoppers recognise; earlier milestones fold into the step they belong to. */
const steps = ['ordered', 'shipped', 'in_transit', 'out_for_delivery', 'delivered'] as const;
const stepOf: Record<Milestone, number> = {
  ordered: 0,
  processing: 0,
  label_created: 1,
  in_transit: 2,
  out_for_delivery: 3,
  delivered: 4,
};

/**
 * The milestone stepper: an `<ol>` where exactly one step carries `aria-current="step"`, and every step says in
 * text whether it is completed, current or still to come (not only by colour or icon).
 *
 * @example <Stepper milestone="in_transit" />
 */
export function Stepper({ milestone }: { milestone: Milestone }) {
  const { t } = useWidget();
  const current = stepOf[milestone];
  return (
    <ol class="st" part="stepper" aria-label={t('stepper.label')}>
      {steps.map((step, index) => {
        const done = index < current || (index === current && milestone === 'delivered');
        const state = done ? t('common.completed') : index === current ? t('common.current') : t('common.upcoming');
        return (
          <li
            key={step}
            part="step"
            class={[done && 'done', index === current && 'cur'].filter(Boolean).join(' ') || undefined}
            aria-current={index === current ? 'step' : undefined}
          >
            <span class="dot">{done ? <Icon name="check" size={12} /> : null}</span>
            {t(`milestone.${step}`)}
            <span class="vh">{`, ${state}`}</span>
          </li>
        );
      })}
    </ol>
  );
}
