import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Why a return or exchange stopped, as a banner; nothing while it is still moving or when no reason was given.
 *
 * @example <EndReason ended reason="Outside the return window" />
 */
export function EndReason({ ended, reason }: { ended: boolean; reason?: string | undefined }) {
  const { t } = useWidget();
  if (!ended || !reason) return null;
  return (
    <div class="bn d" part="banner">
      <Icon name="alert" />
      <p>{t('return.reason', { reason })}</p>
    </div>
  );
}
