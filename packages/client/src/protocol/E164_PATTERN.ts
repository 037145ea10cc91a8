/**
 * A phone number in E.164: a plus, a country code that does not start with 0, and 8 to 15 digits in all. The one
 * pattern the widget's alert form, the handler and the demo accept.
 */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
