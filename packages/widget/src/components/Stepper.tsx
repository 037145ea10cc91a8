import type { Milestone } from '@waypost/client';
import { Steps } from './Steps.js';
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
 * The milestone stepper of a parcel (see `Steps`): ordered → shipped → in transit → out for delivery →
 * delivered, with exactly one `aria-current="step"` and each step's state in text. While only a label exists the
 * second step reads "Label created" instead of "Shipped".
 *
 * @example <Stepper milestone="in_transit" />
 */
export function Stepper({ milestone }: { milestone: Milestone }) {
  const { t } = useWidget();
  return (
    <Steps
      label={t('stepper.label')}
      steps={steps.map((step) =>
        // Only a label exists: the carrier has not taken the parcel yet, so the step must not claim "Shipped".
        t(step === 'shipped' && milestone === 'label_created' ? 'milestone.label_created' : `milestone.${step}`),
      )}
      current={stepOf[milestone]}
      complete={milestone === 'delivered'}
    />
  );
}
