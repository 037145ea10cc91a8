import type { IssueType } from '@waypost/client';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/en.js';
import { Done } from './Done.js';
import { FormButtons } from './FormButtons.js';
import { getActionErrorKey } from './getActionErrorKey.js';
import { getIssueRoute } from './getIssueRoute.js';
import { getIssueTypes } from './getIssueTypes.js';
import type { PanelProps } from './PanelProps.js';
import { Problem } from './Problem.js';
import { getContextUrl, useWidget } from './shared.js';
import { useFocusAfterRender } from './useFocusAfterRender.js';

let counter = 0;

/**
 * "Report a problem": on an order of several parcels the shopper first picks which one (the report then names
 * that shipment), and is offered only the issue types that fit its state (a parcel on its way can only be late);
 * then picks what is wrong, and the report goes where the retailer routes that type
 * (`issueRouting`): `client.reportIssue` with a confirmation and reference number, a link to the retailer's page
 * carrying the order number and type (no personal data), or the host's callback. Emits `report_issue`. A choice
 * left out marks its options (`aria-invalid`, described by the error) and takes focus.
 *
 * @example <ReportIssue target={target} capabilities={capabilities} close={close} />
 */
export function ReportIssue({ target, capabilities, close }: PanelProps) {
  const { t, store, emit, getClient } = useWidget();
  const [id] = useState(() => `wpi${++counter}`);
  const [type, setType] = useState<IssueType | null>(null);
  const shipments = target.resource.kind === 'order' ? target.resource.order.shipments : [];
  const [parcelId, setParcelId] = useState(shipments.length === 1 ? shipments[0]?.id : undefined);
  const { resource } = target;
  const parcel =
    resource.kind === 'shipment' ? resource.shipment : shipments.find((shipment) => shipment.id === parcelId);
  const types = getIssueTypes(parcel);
  const [missingParcel, setMissingParcel] = useState(false);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [done, setDone] = useState<{ reference?: string | undefined } | null>(null);
  const [root, focus] = useFocusAfterRender();
  const routing = store.options.value.issueRouting;
  const route = type ? getIssueRoute(type, routing, capabilities, target.links.support) : null;
  // A report about one parcel of an order names that shipment, so the retailer knows which box went wrong.
  const { kind, id: recordId } = shipments.length > 1 && parcel ? { kind: 'shipment' as const, id: parcel.id } : target;
  const report = (routed: 'api' | 'url' | 'callback', reference?: string) =>
    emit('action', {
      action: 'report_issue',
      issueType: type as IssueType,
      routing: routed,
      ...(reference ? { reference } : {}),
      kind,
      id: recordId,
    });
  if (done) {
    return (
      <Done text={t('issue.done')}>
        {done.reference ? <p>{t('issue.reference', { reference: done.reference })}</p> : null}
      </Done>
    );
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    if (shipments.length > 1 && !parcel) {
      setMissingParcel(true);
      return focus('[aria-invalid]');
    }
    if (!type) {
      setMissing(true);
      return focus('[aria-invalid]');
    }
    if (!route || (typeof route === 'object' && 'url' in route)) return;
    const text = message.trim() || undefined;
    setBusy(true);
    try {
      if (route === 'api') {
        const receipt = await getClient().reportIssue({
          kind,
          id: recordId,
          type,
          ...(text ? { message: text } : {}),
        });
        report('api', receipt.reference);
        setDone({ reference: receipt.reference });
      } else if ('callback' in route) {
        const answer = await route.callback({
          type,
          kind,
          id: recordId,
          orderNumber: target.orderNumber,
          message: text,
        });
        const reference = answer && typeof answer.reference === 'string' ? answer.reference : undefined;
        report('callback', reference);
        setDone({ reference });
      }
    } catch (error) {
      setProblem(getActionErrorKey(error));
    } finally {
      setBusy(false);
    }
  };

  const link =
    route && typeof route === 'object' && 'url' in route
      ? getContextUrl(route.url, { order: target.orderNumber, issue: type ?? undefined })
      : null;
  // The options of a choice left out carry its error, so the one that takes focus says what is missing.
  const invalid = (error: string | false) =>
    error ? { 'aria-invalid': 'true' as const, 'aria-describedby': error } : {};
  return (
    <form class="s" noValidate ref={root} onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('actions.issue')}</h4>
      {shipments.length > 1 ? (
        <fieldset class="seg">
          <legend>{t('issue.parcel')}</legend>
          {shipments.map((shipment, index) => (
            <label key={shipment.id}>
              <input
                type="radio"
                name={`${id}-parcel`}
                checked={parcelId === shipment.id}
                {...invalid(missingParcel && `${id}-pe`)}
                onChange={() => {
                  setParcelId(shipment.id);
                  setMissingParcel(false);
                  if (type && !getIssueTypes(shipment).includes(type)) setType(null);
                }}
              />
              {[
                t('order.shipmentOf', { index: index + 1, count: shipments.length }),
                // As its card's headline says it: a parcel with a problem "needs your attention", not "In transit".
                shipment.status.actionRequired || (shipment.status.exception && shipment.status.exception !== 'delayed')
                  ? t('headline.attention')
                  : t(
                      `milestone.${shipment.status.milestone === 'processing' ? 'ordered' : shipment.status.milestone}`,
                    ),
                shipment.trackingNumber,
              ]
                .filter(Boolean)
                .join(' · ')}
            </label>
          ))}
        </fieldset>
      ) : null}
      {missingParcel ? (
        <p id={`${id}-pe`} class="e">
          {t('issue.pickParcel')}
        </p>
      ) : null}
      <fieldset class="seg">
        <legend>{t('issue.type')}</legend>
        {types.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-type`}
              checked={type === value}
              {...invalid(missing && `${id}-te`)}
              onChange={() => {
                setType(value);
                setMissing(false);
              }}
            />
            {t(`issue.type.${value}`)}
          </label>
        ))}
      </fieldset>
      {missing ? (
        <p id={`${id}-te`} class="e">
          {t('issue.pickType')}
        </p>
      ) : null}
      {route === 'api' || (route && typeof route === 'object' && 'callback' in route) ? (
        <div class="f">
          <label for={`${id}-m`}>{t('issue.message')}</label>
          <textarea
            id={`${id}-m`}
            part="input"
            rows={3}
            maxLength={2000}
            value={message}
            onInput={(event) => setMessage(event.currentTarget.value)}
          />
        </div>
      ) : null}
      <Problem text={problem && t(problem)} />
      {link ? (
        <div class="row">
          <a
            class="b"
            part="button"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => report('url')}
          >
            {t('issue.link')}
            <span class="vh">{` ${t('common.newTab')}`}</span>
          </a>
          <button type="button" class="b b2" onClick={close}>
            {t('actions.cancel')}
          </button>
        </div>
      ) : (
        <FormButtons label={t(route === 'api' ? 'issue.submit' : 'issue.continue')} busy={busy} close={close} />
      )}
    </form>
  );
}
