import { useWidget } from './shared.js';

/**
 * A flow's submit button and its "Cancel" (which closes the panel); the submit is disabled while sending.
 *
 * @example <FormButtons label="Send report" busy={sending} close={close} />
 */
export function FormButtons({ label, busy = false, close }: { label: string; busy?: boolean; close(): void }) {
  const { t } = useWidget();
  return (
    <div class="row">
      <button type="submit" class="b" part="button" disabled={busy} aria-busy={busy || undefined}>
        {label}
      </button>
      <button type="button" class="b b2" onClick={close}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
