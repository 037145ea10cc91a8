/**
 * A postal code or tracking number as `POST /lookup` takes it: an ASCII letter or digit, then letters, digits,
 * spaces and hyphens. The one pattern the handler and the widget's lookup form accept.
 */
export const LOOKUP_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
