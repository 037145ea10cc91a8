import { useRef, useState } from 'preact/hooks';
import { type LookupField, type LookupFormValues, validateLookupForm } from '../state/validateLookupForm.js';
import { Field } from './Field.js';
import { useWidget } from './useWidget.js';

let counter = 0;

/**
 * The lookup form: order number plus email or postal code, or a tracking number plus an optional carrier.
 * Validation runs on submit and then as the shopper types; the first invalid field receives focus.
 *
 * @example <LookupForm />
 */
export function LookupForm() {
  const { t, store, controller } = useWidget();
  const options = store.options.value;
  const methods = options.lookupMethods?.length ? options.lookupMethods : (['order', 'tracking'] as const);
  const [id] = useState(() => `wp${++counter}`);
  const [values, setValues] = useState<LookupFormValues>(() => ({
    method: methods[0] ?? 'order',
    orderNumber: options.order ?? '',
    contact: options.email ?? options.postalCode ?? '',
    trackingNumber: options.trackingNumber ?? '',
    carrier: options.carrier ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const inputs = useRef<Partial<Record<LookupField, HTMLInputElement | null>>>({});
  const check = validateLookupForm(values);
  const errors = submitted ? (check.errors ?? {}) : {};
  const set = (name: keyof LookupFormValues) => (value: string) => setValues({ ...values, [name]: value });
  const field = (name: LookupField, label: string, autocomplete?: string) => (
    <Field
      id={`${id}-${name}`}
      label={label}
      value={values[name]}
      error={errors[name] && t(errors[name])}
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
                onChange={() => setValues({ ...values, method })}
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
        <button type="submit" class="b" part="button">
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
}
