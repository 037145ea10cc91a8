import type { Eta, EtaWindow } from '@waypost/client';
import { formatDate } from './formatDate.js';
import { formatWindow } from './formatWindow.js';
import { getEtaReason } from './getEtaReason.js';
import { useWidget } from './useWidget.js';

/**
 * The delivery estimate with its change history: each move as "Was Tue, Nov 25, now Thu, Nov 27", the reason
 * (the source's words, or a translated reason code) and when it was noticed. No peer shows shoppers why a date
 * moved; this does.
 *
 * @example <EtaDetails eta={shipment.eta} />
 */
export function EtaDetails({ eta }: { eta: Eta }) {
  const { t, locale, timeZone } = useWidget();
  const ctx = { locale, timeZone };
  const text = (window: EtaWindow | null) => (window ? formatWindow(window, ctx) : t('eta.none'));
  const changes = [...eta.changes].reverse();
  return (
    <div class="s">
      <dl class="kv">
        <dt>{t('eta.label')}</dt>
        <dd>{text(eta)}</dd>
      </dl>
      {changes.length > 0 ? (
        <details>
          <summary>{t('eta.history', { count: changes.length })}</summary>
          <ul>
            {changes.map((change, index) => {
              const reason = getEtaReason(change, t);
              return (
                <li key={index}>
                  {t('eta.change', { from: text(change.from), to: text(change.to) })}
                  {` — ${reason}`}
                  <span class="m">{` (${t('eta.noticed', { date: formatDate(change.detectedAt, ctx, 'date') })})`}</span>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
