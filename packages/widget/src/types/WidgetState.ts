/**
 * What the widget shows. `form` and the two "check your details" states keep the form on screen; `offline` and
 * `error` show a retry button; `ready` shows the record.
 */
export type WidgetState =
  | 'form'
  | 'loading'
  | 'ready'
  | 'not_found'
  | 'verification_failed'
  | 'rate_limited'
  | 'offline'
  | 'error';
