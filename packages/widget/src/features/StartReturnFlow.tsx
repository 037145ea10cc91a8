import type { LineItem, LookupResult, Order, StartReturnInput } from '@waypost/client';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/en.js';
import { Done } from './Done.js';
import { FormButtons } from './FormButtons.js';
import { getActionErrorKey } from './getActionErrorKey.js';
import type { PanelProps } from './PanelProps.js';
import { Problem } from './Problem.js';
import { ReturnItemRow } from './ReturnItemRow.js';
import { formatDate, isHttpUrl, useWidget } from './shared.js';
import { useFocusAfterRender } from './useFocusAfterRender.js';
import { type ReturnFormValues, type ReturnLine, validateReturnForm } from './validateReturnForm.js';

let counter = 0;

const blank = (order: Order): ReturnFormValues => ({
  lines: Object.fromEntries(
    order.items.map((item): [string, ReturnLine] => [
      item.id,
      { selected: false, quantity: 1, reason: '', variant: '' },
    ]),
  ),
  resolution: 'refund',
});

/**
 * "Start a return": pick items and quantities (ineligible items stay listed with why), a reason each, refund /
 * exchange / store credit (as the backend allows), review, confirm. An order with nothing that can be returned
 * says so, lists each item with its reason and offers only "Close". Sends `client.startReturn`, emits
 * `start_return`, refreshes the order and confirms with the RMA, label link and deadline. Focus follows the shopper:
 * to the first field an error marks, to the heading of the step that opens ("Review", or the form again after
 * "Change"), to the error of a failed confirm, and to the confirmation.
 *
 * @example <StartReturnFlow target={target} capabilities={capabilities} close={close} />
 */
export function StartReturnFlow({ target, capabilities, close }: PanelProps) {
  const { t, locale, timeZone, emit, getClient, controller } = useWidget();
  const order = target.resource.kind === 'order' ? target.resource.order : null;
  const [id] = useState(() => `wpr${++counter}`);
  const [values, setValues] = useState<ReturnFormValues>(() =>
    order ? blank(order) : { lines: {}, resolution: 'refund' },
  );
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [created, setCreated] = useState<LookupResult | null>(null);
  const [root, focus] = useFocusAfterRender();
  if (!order) return null;
  const check = validateReturnForm(order, values);
  const errors = submitted ? (check.errors ?? {}) : {};
  const options: Array<StartReturnInput['resolution']> = ['refund'];
  if (capabilities?.returns?.exchanges) options.push('exchange');
  if (capabilities?.returns?.storeCredit) options.push('store_credit');
  const eligible = order.items.filter((item) => item.returnable?.eligible !== false);

  if (created && (created.kind === 'return' || created.kind === 'exchange')) {
    const rma = created.kind === 'return' ? created.return : created.exchange.return;
    return (
      <Done text={t(created.kind === 'exchange' ? 'returnFlow.doneExchange' : 'returnFlow.done', { rma: rma.rma })}>
        {rma.dropOffBy ? (
          <p>{t('return.dropOffBy', { date: formatDate(rma.dropOffBy, { locale, timeZone }, 'weekday') })}</p>
        ) : null}
        {isHttpUrl(rma.labelUrl) ? (
          <a
            href={rma.labelUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => emit('action', { action: 'open_return_label', kind: 'return', id: rma.id })}
          >
            {t('return.label')}
            <span class="vh">{` ${t('common.newTab')}`}</span>
          </a>
        ) : null}
      </Done>
    );
  }

  const go = (next: typeof step) => {
    setStep(next);
    focus('h4');
  };
  const confirm = async () => {
    if (!check.input) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await getClient().startReturn(check.input);
      const record = result.kind === 'exchange' ? result.exchange : result.kind === 'return' ? result.return : null;
      if (!record) throw new Error('[waypost] startReturn answered with neither a return nor an exchange');
      emit('action', {
        action: 'start_return',
        resolution: check.input.resolution,
        itemCount: check.input.items.length,
        created: { kind: result.kind as 'return' | 'exchange', id: record.id },
        kind: 'order',
        id: order.id,
      });
      setCreated(result);
      void controller.refresh();
    } catch (error) {
      setProblem(getActionErrorKey(error));
    } finally {
      setBusy(false);
    }
  };

  if (step === 'review' && check.input) {
    const byId = new Map(order.items.map((item): [string, LineItem] => [item.id, item]));
    const exchangeFor = (itemId: string) => {
      const variant = check.input?.exchangeFor?.find((swap) => swap.itemId === itemId)?.variant;
      return variant && t('returnFlow.exchangeFor', { variant });
    };
    return (
      <form
        class="s"
        noValidate
        ref={root}
        aria-labelledby={`${id}-h`}
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h4 id={`${id}-h`} tabIndex={-1}>
          {t('returnFlow.review')}
        </h4>
        <ul class="it">
          {check.input.items.map((line) => (
            <li key={line.itemId}>
              <div>
                <p>{byId.get(line.itemId)?.title}</p>
                <p class="m">
                  {[
                    t('order.quantity', { count: line.quantity }),
                    t(`returnFlow.reason.${line.reason}` as MessageKey),
                    exchangeFor(line.itemId),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <p>{t(`returnFlow.resolution.${check.input.resolution}`)}</p>
        <Problem text={problem && t(problem)} />
        <FormButtons
          label={t(check.input.resolution === 'exchange' ? 'returnFlow.confirmExchange' : 'returnFlow.confirm')}
          busy={busy}
          close={() => go('edit')}
          secondary={t('returnFlow.edit')}
        />
      </form>
    );
  }

  const setLine = (itemId: string, patch: Partial<ReturnLine>) =>
    setValues((current) => ({
      ...current,
      lines: { ...current.lines, [itemId]: { ...(current.lines[itemId] as ReturnLine), ...patch } },
    }));
  // Nothing to pick: the reasons, and no choice of refund or exchange, no "Review".
  const none = eligible.length === 0;
  const rows = (
    <ul class="ri">
      {order.items.map((item) => (
        <ReturnItemRow
          key={item.id}
          id={`${id}-${item.id}`}
          item={item}
          order={order}
          line={values.lines[item.id] as ReturnLine}
          exchange={values.resolution === 'exchange'}
          errors={errors}
          invalid={errors.items && `${id}-ie`}
          onChange={(patch) => setLine(item.id, patch)}
        />
      ))}
    </ul>
  );
  return (
    <form
      class="s"
      noValidate
      ref={root}
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        // The fields an error marks are marked by the render this submit causes, not before it.
        if (check.input) go('review');
        else focus('[aria-invalid="true"]');
      }}
    >
      <h4 id={`${id}-h`} tabIndex={-1}>
        {t('actions.return')}
      </h4>
      {none ? (
        <>
          <p>{t('returnFlow.noneEligible')}</p>
          {rows}
          <div class="row">
            <button type="button" class="b b2" onClick={close}>
              {t('actions.close')}
            </button>
          </div>
        </>
      ) : (
        <fieldset>
          <legend>{t('returnFlow.items')}</legend>
          {rows}
        </fieldset>
      )}
      {errors.items ? (
        <p id={`${id}-ie`} class="e">
          {t(errors.items)}
        </p>
      ) : null}
      {options.length > 1 && !none ? (
        <fieldset class="seg">
          <legend>{t('returnFlow.resolution')}</legend>
          {options.map((resolution) => (
            <label key={resolution}>
              <input
                type="radio"
                name={`${id}-res`}
                checked={values.resolution === resolution}
                onChange={() => setValues((current) => ({ ...current, resolution }))}
              />
              {t(`returnFlow.resolution.${resolution}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {none ? null : <FormButtons label={t('returnFlow.review')} close={close} />}
    </form>
  );
}
