import { useWidget } from './shared.js';

/**
 * A flow's submit button and a second button: "Cancel" (which closes the panel) unless `secondary` names another
 * ("Change"). While sending, the submit button says so (`aria-disabled`, `aria-busy`) and ignores presses, but
 * stays focusable: a `disabled` button would drop keyboard focus to the page's `<body>`.
 *
 * @example <FormButtons label="Send report" busy={sending} close={close} />
 */
export function FormButtons({
  label,
  busy = false,
  close,
  secondary,
}: {
  label: string;
  busy?: boolean;
  close(): void;
  /** The second button's text. @default t('actions.cancel') */
  secondary?: string;
}) {
  const { t } = useWidget();
  return (
    <div class="row">
      <button
        type="submit"
        class="b"
        part="button"
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={busy ? (event) => event.preventDefault() : undefined}
      >
        {label}
      </button>
      <button type="button" class="b b2" onClick={close}>
        {secondary ?? t('actions.cancel')}
      </button>
    </div>
  );
}
