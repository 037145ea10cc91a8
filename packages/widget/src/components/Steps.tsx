import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/** Props of `Steps`. */
export interface StepsProps {
  /** The list's accessible name ("Delivery progress", "Return progress"). */
  label: string;
  /** Each step's text, in order. */
  steps: string[];
  /** Index of the current step. */
  current: number;
  /** The current step is finished too (delivered, refunded): it shows as completed. */
  complete?: boolean;
  /** The current step is an end state that stopped the flow (rejected, cancelled, expired). */
  ended?: boolean;
}

/**
 * A progress stepper: an `<ol>` where exactly one step carries `aria-current="step"`, and every step says in
 * text whether it is completed, current or still to come (not only by colour or icon). Shared by the delivery,
 * return and exchange steppers. Where the steps' words cannot fit side by side (a phone, a sidebar), the stepper
 * shows its dots alone (the headline above names the stage) and keeps every step's words for assistive technology.
 *
 * @example <Steps label="Return progress" steps={['Requested', 'Approved']} current={1} />
 */
export function Steps({ label, steps, current, complete = false, ended = false }: StepsProps) {
  const { t } = useWidget();
  return (
    <ol class="st" part="stepper" aria-label={label}>
      {steps.map((step, index) => {
        const done = index < current || (index === current && complete);
        const state = done ? t('common.completed') : index === current ? t('common.current') : t('common.upcoming');
        return (
          <li
            key={index}
            part="step"
            class={
              [done && 'done', index === current && 'cur', index === current && ended && 'end']
                .filter(Boolean)
                .join(' ') || undefined
            }
            aria-current={index === current ? 'step' : undefined}
          >
            <span class="dot">{done ? <Icon name="check" size={12} /> : null}</span>
            <span class="l">{step}</span>
            <span class="vh">{`, ${state}`}</span>
          </li>
        );
      })}
    </ol>
  );
}
