import { isHttpUrl, type Shipment } from '@waypost/client';
import { CopyButton } from './CopyButton.js';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Carrier name, tracking number with a copy button, and a safe link to the carrier's page (http/https only,
 * `target="_blank"` with `rel="noopener noreferrer"`, and text that says it opens a new tab).
 *
 * @example <CarrierInfo shipment={shipment} />
 */
export function CarrierInfo({ shipment }: { shipment: Shipment }) {
  const { t, emit } = useWidget();
  const { carrier, trackingNumber } = shipment;
  const href = isHttpUrl(shipment.trackingUrl) ? shipment.trackingUrl : isHttpUrl(carrier.url) ? carrier.url : null;
  return (
    <div class="s">
      <dl class="kv">
        <dt>{t('carrier.label')}</dt>
        <dd>{carrier.name}</dd>
        {trackingNumber ? (
          <>
            <dt>{t('carrier.trackingNumber')}</dt>
            <dd class="row">
              <span class="mono">
                {/* Break opportunities every four characters: a long number wraps between groups, never inside. */}
                {trackingNumber.match(/.{1,4}/g)?.map((group, index) => [index ? <wbr key={index} /> : null, group])}
              </span>
              <CopyButton value={trackingNumber} shipmentId={shipment.id} />
            </dd>
          </>
        ) : null}
      </dl>
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          class="row"
          part="carrier-link"
          onClick={() => emit('action', { action: 'open_carrier', shipmentId: shipment.id })}
        >
          {/* One item: the words wrap inside it, and a no-break space keeps the icon with the last of them. */}
          <span>
            {t('carrier.track', { carrier: carrier.name })}
            {'\u00a0'}
            <Icon name="external" size={14} flip />
          </span>
          <span class="vh">{t('common.newTab')}</span>
        </a>
      ) : null}
    </div>
  );
}
