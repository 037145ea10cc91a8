/** Props of `Field`. */
export interface FieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  autocomplete?: string;
  onInput: (value: string) => void;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/**
 * A labelled text input with its inline error: `aria-invalid` and `aria-describedby` point at the message, so
 * screen readers read it with the field.
 *
 * @example <Field id="wp-1-order" label="Order number" value={value} onInput={setValue} />
 */
export function Field({ id, label, value, error, autocomplete, onInput, inputRef }: FieldProps) {
  return (
    <div class="f">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        part="input"
        type="text"
        value={value}
        autocomplete={autocomplete}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error ? (
        <p id={`${id}-e`} class="e">
          {error}
        </p>
      ) : null}
    </div>
  );
}
