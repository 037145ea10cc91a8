import { isHttpUrl, type Shipment } from '@waypost/client';
import { getEtaReason } from './getEtaReason.js';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * What went wrong with a parcel and the next action: the source's cause (`status.cause`, or for a delay the
 * reason the estimate last moved) and its next step (`status.nextStep`, a link when it has an http/https URL),
 * else the wording per exception type (pick up, contact support, check the carrier's notice). `actionRequired` adds an "Action needed" label and the danger tone. Links come only from
 * http/https URLs.
 *
 * @example <ExceptionBanner shipment={shipment} supportUrl={order.links.support} />
 */
export function ExceptionBanner({ shipment, supportUrl }: { shipment: Shipment; supportUrl?: string | undefined }) {
  const { t, emit } = useWidget();
  const { exception, actionRequired, cause, nextStep } = shipment.status;
  if (!exception) return null;
  const moved = exception === 'delayed' ? shipment.eta?.changes.at(-1) : undefined;
  const step = nextStep?.label;
  const tone =
    actionRequired || exception === 'lost' || exception === 'exception'
      ? 'd'
      : exception === 'available_for_pickup'
        ? 'i'
        : '';
  const pickup = exception === 'available_for_pickup' ? shipment.pickupPoint : undefined;
  return (
    <div class={`bn ${tone}`} part="banner">
      <Icon name={tone === 'i' ? 'info' : 'alert'} />
      <div class="s">
        <p>
          {actionRequired ? <strong>{`${t('exception.actionRequired')}: `}</strong> : null}
          {/* The store's own words keep their order (and their full stop) inside a right-to-left widget. */}
          {cause ? (
            <bdi>{cause}</bdi>
          ) : moved ? (
            t('exception.delayedBy', { reason: getEtaReason(moved, t) })
          ) : (
            t(`exception.${exception}`)
          )}
        </p>
        <p>
          {step && isHttpUrl(nextStep.url) ? (
            <a
              href={nextStep.url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => emit('action', { action: 'open_next_step', shipmentId: shipment.id })}
            >
              <bdi>{step}</bdi>
              <span class="vh">{` ${t('common.newTab')}`}</span>
            </a>
          ) : step ? (
            <bdi>{step}</bdi>
          ) : (
            t(`exception.${exception}.action`)
          )}
        </p>
        {pickup ? (
          <p>
            {t('exception.pickupAt', { name: pickup.name })}
            {pickup.address ? <span class="m">{` · ${pickup.address}`}</span> : null}
            {pickup.hours ? <span class="m">{` · ${pickup.hours}`}</span> : null}
          </p>
        ) : null}
        {isHttpUrl(supportUrl) && exception !== 'delayed' ? (
          <a
            href={supportUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => emit('action', { action: 'open_support', shipmentId: shipment.id })}
          >
            {t('exception.contactSupport')}
            <span class="vh">{` ${t('common.newTab')}`}</span>
          </a>
        ) : null}
      </div>
    </div>
  );
}
