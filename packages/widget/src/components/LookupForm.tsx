import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/en.js';
import { type LookupField, type LookupFormValues, validateLookupForm } from '../state/validateLookupForm.js';
import type { WidgetState } from '../types/WidgetState.js';
import { Field } from './Field.js';
import { useWidget } from './useWidget.js';

let counter = 0;

/** Which field a refused lookup concerns, and the message to show under it. */
function getRefusal(
  state: WidgetState,
  method: LookupFormValues['method'],
  linkExpired: boolean,
): { field: LookupField; key: MessageKey } | null {
  if (state === 'not_found')
    return method === 'tracking'
      ? { field: 'trackingNumber', key: 'state.trackingNotFound' }
      : { field: 'orderNumber', key: 'state.notFound' };
  if (state === 'verification_failed' && !linkExpired) return { field: 'contact', key: 'state.verificationFailed' };
  return null;
}

/**
 * The lookup form: order number plus email or postal code, or a tracking number plus an optional carrier.
 * Validation runs on submit and then as the shopper types; the first invalid field receives focus. A lookup the
 * source refuses rebuilds the form with what the shopper typed (values and method, from `store.draft`), puts
 * the reason under the field it concerns and moves focus there.
 *
 * @example <LookupForm />
 */
export function LookupForm() {
  const { t, store, controller } = useWidget();
  const options = store.options.value;
  const methods = options.lookupMethods?.length ? options.lookupMethods : (['order', 'tracking'] as const);
  const [id] = useState(() => `wp${++counter}`);
  const state = store.state.value;
  const draft = state === 'form' ? null : store.draft.peek();
  const [values, setValues] = useState<LookupFormValues>(
    () =>
      draft?.values ?? {
        method:
          options.trackingNumber && !options.order && methods.includes('tracking')
            ? 'tracking'
            : (methods[0] ?? 'order'),
        orderNumber: options.order ?? '',
        contact: options.email ?? options.postalCode ?? '',
        trackingNumber: options.trackingNumber ?? '',
        carrier: options.carrier ?? '',
      },
  );
  const [submitted, setSubmitted] = useState(false);
  // The field the source's refusal concerns, until the shopper edits it.
  const [refused, setRefused] = useState(() => getRefusal(state, values.method, store.linkExpired.peek()));
  const inputs = useRef<Partial<Record<LookupField, HTMLInputElement | null>>>({});
  const submit = useRef<HTMLButtonElement>(null);
  const check = validateLookupForm(values);
  const errors: Partial<Record<LookupField, string>> = {};
  if (refused) errors[refused.field] = t(refused.key);
  if (submitted) for (const [name, key] of Object.entries(check.errors ?? {})) errors[name as LookupField] = t(key);
  const set = (name: keyof LookupFormValues) => (value: string) => {
    if (refused?.field === name) setRefused(null);
    setValues({ ...values, [name]: value });
  };
  useEffect(() => {
    if (!draft?.sent) return;
    controller.keepDraft({ values: draft.values, sent: false });
    (refused ? inputs.current[refused.field] : submit.current)?.focus();
  }, []);
  const field = (name: LookupField, label: string, autocomplete?: string) => (
    <Field
      id={`${id}-${name}`}
      label={label}
      value={values[name]}
      error={errors[name]}
      onInput={set(name)}
      inputRef={(element) => {
        inputs.current[name] = element;
      }}
      {...(autocomplete ? { autocomplete } : {})}
    />
  );

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (check.query) {
      controller.keepDraft({ values, sent: true });
      void controller.lookup(check.query, true);
      return;
    }
    const first = (Object.keys(check.errors) as LookupField[])[0];
    if (first) inputs.current[first]?.focus();
  };

  return (
    <form part="form" noValidate onSubmit={onSubmit}>
      <h2>{t('form.title')}</h2>
      {methods.length > 1 ? (
        <fieldset class="seg">
          <legend>{t('form.method')}</legend>
          {methods.map((method) => (
            <label key={method}>
              <input
                type="radio"
                name={`${id}-method`}
                value={method}
                checked={values.method === method}
                onChange={() => {
                  setRefused(null);
                  setValues({ ...values, method });
                }}
              />
              {t(method === 'order' ? 'form.orderNumber' : 'form.trackingNumber')}
            </label>
          ))}
        </fieldset>
      ) : null}
      {values.method === 'order' ? (
        <>
          <p class="m">{t('form.intro')}</p>
          {field('orderNumber', t('form.orderNumber'))}
          {field('contact', t('form.contact'), 'email')}
        </>
      ) : (
        <>
          {field('trackingNumber', t('form.trackingNumber'))}
          <Field id={`${id}-carrier`} label={t('form.carrier')} value={values.carrier} onInput={set('carrier')} />
        </>
      )}
      <div>
        <button ref={submit} type="submit" class="b" part="button">
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
}
