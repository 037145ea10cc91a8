import { useRef, useState } from 'preact/hooks';
import type { InvalidLookup } from '../state/mapFieldErrors.js';
import {
  type FieldMessage,
  type LookupField,
  type LookupFormValues,
  validateLookupForm,
} from '../state/validateLookupForm.js';
import type { WidgetState } from '../types/WidgetState.js';
import { Field } from './Field.js';
import { Notice } from './Notice.js';
import { useFocusRequest } from './useFocusRequest.js';
import { useWidget } from './useWidget.js';

let counter = 0;

type Messages = Partial<Record<LookupField, FieldMessage | undefined>>;

/** What a refused lookup says under the fields it concerns. */
function getRefusal(
  state: WidgetState,
  method: LookupFormValues['method'],
  linkExpired: boolean,
  invalid: InvalidLookup | null,
): Messages {
  if (state === 'not_found')
    return method === 'tracking'
      ? { trackingNumber: { key: 'state.trackingNotFound' } }
      : { orderNumber: { key: 'state.notFound' } };
  if (state === 'verification_failed' && !linkExpired) return { contact: { key: 'state.verificationFailed' } };
  if (state === 'invalid' && invalid) return invalid.errors;
  return {};
}

/**
 * The lookup form: order number plus email or postal code, or a tracking number plus an optional carrier, checked
 * against the protocol's rules (`validateLookupForm`). No input has a `maxlength`: a pasted value past the length
 * the protocol takes is kept whole and refused by its field with that length, never cut silently into another
 * number. Validation runs on submit and then as the shopper types; the first invalid field receives focus. After any failed lookup (and "Track another order") the form
 * comes back with what the shopper sent (values and method, from `store.draft`); a refusal (not found, does not
 * match, a `400`'s field errors) sits under the field it concerns until that field is edited. When the shopper
 * asked for what comes next, focus moves to the first refused field, else the message above the form, else the
 * first field.
 *
 * @example <LookupForm />
 */
export function LookupForm() {
  const { t, store, controller } = useWidget();
  const options = store.options.value;
  const methods = options.lookupMethods?.length ? options.lookupMethods : (['order', 'tracking'] as const);
  const [id] = useState(() => `wp${++counter}`);
  const state = store.state.value;
  const [values, setValues] = useState<LookupFormValues>(
    () =>
      store.draft.peek() ?? {
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
  // What the source refused, by field, until the shopper edits that field.
  const [refused, setRefused] = useState(() =>
    getRefusal(state, values.method, store.linkExpired.peek(), store.invalid.peek()),
  );
  const inputs = useRef<Partial<Record<LookupField, HTMLInputElement | null>>>({});
  const notice = useRef<HTMLDivElement>(null);
  const shown: LookupField[] = values.method === 'order' ? ['orderNumber', 'contact'] : ['trackingNumber', 'carrier'];
  const check = validateLookupForm(values);
  const errors: Messages = { ...refused, ...(submitted ? check.errors : undefined) };
  const first = (messages: Messages = errors) => shown.find((name) => messages[name]);
  useFocusRequest(() => {
    const name = first();
    return name ? inputs.current[name] : (notice.current ?? inputs.current[shown[0]!]);
  });
  const set = (name: keyof LookupFormValues) => (value: string) => {
    if (refused[name as LookupField]) setRefused({ ...refused, [name]: undefined });
    setValues({ ...values, [name]: value });
  };
  const field = (name: LookupField, label: string, autocomplete?: string) => (
    <Field
      id={`${id}-${name}`}
      label={label}
      value={values[name]}
      error={errors[name] && t(errors[name].key, errors[name].params)}
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
      controller.keepDraft(values);
      void controller.lookup(check.query, true);
      return;
    }
    const name = first(check.errors);
    if (name) inputs.current[name]?.focus();
  };

  return (
    <>
      <Notice state={state} bannerRef={notice} />
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
                    setRefused({});
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
            {field('carrier', t('form.carrier'))}
          </>
        )}
        <div>
          <button type="submit" class="b" part="button">
            {t('form.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
