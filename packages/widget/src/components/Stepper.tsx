import type { Milestone, Shipment } from '@waypost/client';
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
 * "Shipped" step reads "Label created". A parcel coming back (`direction: 'return'`) was never ordered: its steps
 * start at the label.
 *
 * @example <Stepper milestone="in_transit" />
 */
export function Stepper({ milestone, direction }: { milestone: Milestone; direction?: Shipment['direction'] }) {
  const { t } = useWidget();
  const from = direction === 'return' ? 1 : 0;
  return (
    <Steps
      label={t('stepper.label')}
      steps={steps.slice(from).map((step) =>
        // Only a label exists: the carrier has not taken the parcel yet, so the step must not claim "Shipped".
        t(step === 'shipped' && milestone === 'label_created' ? 'milestone.label_created' : `milestone.${step}`),
      )}
      current={Math.max(0, stepOf[milestone] - from)}
      complete={milestone === 'delivered'}
    />
  );
}
