/**
 * What the widget shows. `form`, the "check your details" states (`not_found`, `verification_failed`, `invalid`:
 * the server refused what was typed) and `rate_limited` keep the form on screen; `offline` and `error` show a
 * retry button; `ready` shows the record.
 */
export type WidgetState =
  | 'form'
  | 'loading'
  | 'ready'
  | 'not_found'
  | 'verification_failed'
  | 'invalid'
  | 'rate_limited'
  | 'offline'
  | 'error';
