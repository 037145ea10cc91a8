/** Options of `InvalidOptionError`. */
export interface InvalidOptionErrorOptions {
  /** Why the value was refused, in a few words (`a {placeholder} other than {token}`). */
  reason: string;
  cause?: unknown;
}

/**
 * An option the page gave the widget was refused (today: an `orderUrl` that is not http/https, not same-origin
 * when relative, or has a placeholder other than `{token}`). The widget goes on without it (the list opens orders
 * in place) and reports it as `waypost:error` with `code` `invalid_option`: a page's configuration to fix, not
 * something the shopper can.
 *
 * @example if (isInvalidOptionError(event.detail.error)) console.log(event.detail.error.option)
 */
export class InvalidOptionError extends Error {
  override readonly name = 'InvalidOptionError' as const;
  readonly code = 'invalid_option' as const;
  /** The option's name, as `mount()` takes it (`orderUrl`). */
  readonly option: string;

  constructor(option: string, { reason, cause }: InvalidOptionErrorOptions) {
    super(`[waypost] the \`${option}\` option was ignored: ${reason}`, { cause });
    this.option = option;
  }
}

/** True for an `InvalidOptionError` from any copy of the widget (checks `name`, not the class). */
export function isInvalidOptionError(error: unknown): error is InvalidOptionError {
  return error instanceof Error && error.name === 'InvalidOptionError';
}
