import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/en.js';
import { Done } from './Done.js';
import { FormButtons } from './FormButtons.js';
import { getActionErrorKey } from './getActionErrorKey.js';
import type { PanelProps } from './PanelProps.js';
import { Problem } from './Problem.js';
import { useWidget } from './shared.js';
import { type AlertFormValues, validateAlertForm } from './validateAlertForm.js';

let counter = 0;

/**
 * Alert opt-in: email or SMS (only the channels the backend offers; a phone number must be E.164), every update
 * or only the right-now ones, and an explicit consent checkbox whose text is sent verbatim as `consentText`.
 * Sends `client.subscribeAlerts` and emits `alert_opt_in` (never the address). The email field starts with the
 * address the shopper looked the order up with, and each channel keeps its own address while the shopper switches;
 * a record this browser already turned alerts on for says so first, with a way to use another address (or number,
 * for text messages), which opens the form on that channel.
 *
 * @example <AlertOptIn target={target} capabilities={capabilities} close={close} />
 */
export function AlertOptIn({ target, capabilities, close, alertsMark }: PanelProps) {
  const { t, emit, getClient, store } = useWidget();
  const channels = capabilities?.alerts?.channels ?? [];
  const [id] = useState(() => `wpl${++counter}`);
  // The contact of the lookup (typed in the form, or given to the element), when it is an email address.
  const typed = store.draft.peek()?.contact ?? store.options.peek().email ?? '';
  const email = typed.includes('@') ? typed.trim() : '';
  const first = channels[0] ?? 'email';
  const [on, setOn] = useState(() => alertsMark?.read(target.kind, target.id) ?? null);
  const [values, setValues] = useState<AlertFormValues>({
    channel: first,
    address: first === 'email' ? email : '',
    milestones: 'key',
    consent: false,
  });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [done, setDone] = useState(false);
  // What each channel's field holds, kept while the other channel is shown.
  const kept = useRef<Record<AlertFormValues['channel'], string>>({ email, sms: '' });
  const address = useRef<HTMLInputElement>(null);
  const consentBox = useRef<HTMLInputElement>(null);
  const consentText = t(values.channel === 'sms' ? 'alerts.consent.sms' : 'alerts.consent.email');
  const check = validateAlertForm(values, target, consentText);
  const errors = submitted ? (check.errors ?? {}) : {};
  const set = (patch: Partial<AlertFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const use = (channel: AlertFormValues['channel']) => {
    kept.current[values.channel] = values.address;
    set({ channel, address: kept.current[channel] });
  };
  if (done) return <Done text={t('alerts.done')} />;
  if (on) {
    return (
      <Done text={t('alerts.already', { channel: t(`alerts.${on}`) })}>
        <p class="row">
          <button
            type="button"
            class="b b2"
            onClick={() => {
              setOn(null);
              if (channels.includes(on)) use(on);
            }}
          >
            {t(on === 'sms' ? 'alerts.changeNumber' : 'alerts.change')}
          </button>
        </p>
      </Done>
    );
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!check.input) {
      (check.errors.address ? address : consentBox).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await getClient().subscribeAlerts(check.input);
      alertsMark?.write(target.kind, target.id, values.channel);
      emit('action', {
        action: 'alert_opt_in',
        channel: values.channel,
        milestones: values.milestones,
        kind: target.kind,
        id: target.id,
      });
      setDone(true);
    } catch (error) {
      setProblem(getActionErrorKey(error));
    } finally {
      setBusy(false);
    }
  };

  const radio = <K extends 'channel' | 'milestones'>(name: K, value: AlertFormValues[K], label: string) => (
    <label key={value}>
      <input
        type="radio"
        name={`${id}-${name}`}
        checked={values[name] === value}
        onChange={() => (name === 'channel' ? use(value as AlertFormValues['channel']) : set({ [name]: value }))}
      />
      {label}
    </label>
  );
  const sms = values.channel === 'sms';
  return (
    <form class="s" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('actions.alerts')}</h4>
      {channels.length > 1 ? (
        <fieldset class="seg">
          <legend>{t('alerts.channel')}</legend>
          {channels.map((channel) => radio('channel', channel, t(`alerts.${channel}`)))}
        </fieldset>
      ) : null}
      <div class="f">
        <label for={`${id}-a`}>{t(sms ? 'alerts.phoneLabel' : 'alerts.emailLabel')}</label>
        <input
          id={`${id}-a`}
          ref={address}
          part="input"
          type={sms ? 'tel' : 'email'}
          autocomplete={sms ? 'tel' : 'email'}
          value={values.address}
          aria-invalid={errors.address ? 'true' : undefined}
          aria-describedby={errors.address ? `${id}-ae` : undefined}
          onInput={(event) => set({ address: event.currentTarget.value })}
        />
        {errors.address ? (
          <p id={`${id}-ae`} class="e">
            {t(errors.address)}
          </p>
        ) : null}
      </div>
      <fieldset class="seg">
        <legend>{t('alerts.milestones')}</legend>
        {radio('milestones', 'key', t('alerts.key'))}
        {radio('milestones', 'all', t('alerts.all'))}
      </fieldset>
      <div>
        <label class="ck">
          <input
            type="checkbox"
            ref={consentBox}
            checked={values.consent}
            aria-invalid={errors.consent ? 'true' : undefined}
            aria-describedby={errors.consent ? `${id}-ce` : undefined}
            onChange={(event) => set({ consent: event.currentTarget.checked })}
          />
          <span>{consentText}</span>
        </label>
        {errors.consent ? (
          <p id={`${id}-ce`} class="e">
            {t(errors.consent)}
          </p>
        ) : null}
      </div>
      <Problem text={problem && t(problem)} />
      <FormButtons label={t('alerts.submit')} busy={busy} close={close} />
    </form>
  );
}
